package dev.tauri4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example app's generated bindings.ts type-checks with {@code tsc --noEmit --strict} against the real
 * {@code @tauri-apps/api} 2.x types, code using it as intended compiles, and wrong calls do not.
 */
class BindingsTypeCheckTest {

    private static final String TSCONFIG = """
            {
              "compilerOptions": {
                "target": "ES2022", "module": "ESNext", "moduleResolution": "bundler", "lib": ["ESNext", "DOM"],
                "strict": true, "noEmit": true, "verbatimModuleSyntax": true, "isolatedModules": true,
                "noUnusedLocals": true, "types": []
              },
              "files": ["bindings.ts", "usage.ts"]
            }
            """;

    private static final String USAGE = """
            import { Channel } from '@tauri-apps/api/core';
            import { addTodo, checksum, concat, countByPriority, countdown, failWith, findTodo, greet, increment, later,
              makeBytes, sumAll, tally, todoPage, todos, whoami } from './bindings';
            import type { Greeting, Page, Priority, Progress, Todo } from './bindings';

            export async function use(): Promise<string[]> {
              const g: Greeting = await greet('Ada');
              const added: Todo = await addTodo('write tests', ['java'], 'HIGH', 'soon');
              const minimal: Todo = await addTodo('rest', []);
              const p: Priority = minimal.priority;
              const note: string | null = added.note;
              const found: Todo | null = await findTodo(added.id);
              const all: Todo[] = await todos();
              const page: Page<Todo> = await todoPage(0, 10);
              const firstTitle: string | undefined = page.items[0]?.title;
              const counts: Record<string, number> = await countByPriority();
              const bytes: Uint8Array = await makeBytes(16);
              const joined: Uint8Array = await concat(bytes, new Uint8Array([1, 2]));
              const sum: number = await checksum(joined);
              const total: number = await sumAll([1, 2, 3]) + await sumAll([4], null) + await tally({ a: 1 });
              const channel = new Channel<Progress>();
              channel.onmessage = (step: Progress) => { console.log(step.remaining, step.label); };
              const done: string = await countdown(channel, 3);
              const nothing: void = await failWith('E');
              return [g.text, p, String(note), String(found?.title), String(all.length), String(page.total), String(firstTitle), String(counts['HIGH']),
                String(sum + total + await increment()), done, await whoami(), await later(5), String(nothing)];
            }
            """;

    @Test
    void bindingsAndTheirIntendedUseTypeCheckStrictly() throws Exception {
        Path dir = Tsc.workspace("typecheck-ok");
        Files.writeString(dir.resolve("tsconfig.json"), TSCONFIG);
        Files.writeString(dir.resolve("usage.ts"), USAGE);
        Tsc.Run run = Tsc.run(dir, "-p", "tsconfig.json");
        assertThat(run.output()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void wrongCallsFailTheTypeCheck() throws Exception {
        Path dir = Tsc.workspace("typecheck-wrong");
        Files.writeString(dir.resolve("tsconfig.json"), TSCONFIG);
        Files.writeString(dir.resolve("usage.ts"), """
                import { addTodo, greet, makeBytes } from './bindings';
                import type { Todo } from './bindings';
                export async function misuse(): Promise<void> {
                  await greet(42);
                  await addTodo('x', ['a'], 'URGENT');
                  const t: Todo = await addTodo('x', []);
                  const id: string = t.id;
                  const b: number[] = await makeBytes(1);
                  console.log(id, b);
                }
                """);
        Tsc.Run run = Tsc.run(dir, "-p", "tsconfig.json");
        assertThat(run.exit()).isNotZero();
        assertThat(run.output())
                .contains("usage.ts(4,15): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'")
                .contains("usage.ts(5,29): error TS2345: Argument of type '\"URGENT\"' is not assignable")
                .contains("usage.ts(7,9): error TS2322: Type 'number' is not assignable to type 'string'")
                .contains("usage.ts(8,9): error TS2740: Type 'Uint8Array<ArrayBufferLike>' is missing");
    }
}
