package dev.tauri4j.internal.ipc;

import dev.tauri4j.internal.ipc.HostileIpcMessagesTest.Expect;
import dev.tauri4j.internal.ipc.HostileIpcMessagesTest.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Malformed and hostile script messages, each with what the router must do with it. Seeded: every run is the same. */
final class HostileMessages {

    private HostileMessages() {}

    static List<Message> generate(int count, String key, String window) {
        Random random = new Random(20261121);
        List<Message> out = new ArrayList<>();
        long id = 1;
        String k = "\"k\":\"" + key + "\",\"w\":\"" + window + "\"";
        for (int n = 0; out.size() < count; n++) {
            long i = id++;
            String head = "{" + k + ",\"i\":" + i;
            out.add(switch (n % 20) {
                // not JSON, or JSON that is not a call
                case 0 -> new Message(garbage(random), -1, Expect.DROP);
                case 1 -> new Message(List.of("", "null", "[]", "42", "\"x\"", "{", "{\"k\":", "true", "{}").get(random.nextInt(9)), -1, Expect.DROP);
                // the wrong key, no key, a key of the wrong type: dropped (a page without the key gets nothing)
                case 2 -> new Message("{\"k\":\"" + key.substring(1) + "\",\"w\":\"" + window + "\",\"i\":" + i + ",\"c\":\"touch\"}", -1, Expect.DROP);
                case 3 -> new Message("{\"w\":\"" + window + "\",\"i\":" + i + ",\"c\":\"touch\"}", -1, Expect.DROP);
                case 4 -> new Message("{\"k\":[\"" + key + "\"],\"w\":\"" + window + "\",\"i\":" + i + ",\"c\":\"touch\"}", -1, Expect.DROP);
                // no usable call id: nothing to answer
                case 5 -> new Message("{" + k + ",\"i\":" + List.of("-5", "\"7\"", "1.5", "null", "1e30", "{}").get(random.nextInt(6))
                        + ",\"c\":\"touch\"}", -1, Expect.DROP);
                // another window's label: refused with an error, the command does not run
                case 6 -> new Message("{\"k\":\"" + key + "\",\"w\":\"other\",\"i\":" + i + ",\"c\":\"touch\"}", i, Expect.ERROR);
                // unknown, missing and ill-typed command names
                case 7 -> new Message(head + ",\"c\":\"" + word(random, 1 + random.nextInt(40)) + "\"}", i, Expect.ERROR);
                case 8 -> new Message(head + "}", i, Expect.ERROR);
                case 9 -> new Message(head + ",\"c\":" + List.of("5", "null", "[\"touch\"]", "{\"touch\":1}").get(random.nextInt(4)) + "}", i, Expect.ERROR);
                // wrong argument types and shapes
                case 10 -> new Message(head + ",\"c\":\"add\",\"a\":{\"a\":" + List.of("\"x\"", "{}", "[1]", "1e400", "true").get(random.nextInt(5))
                        + ",\"b\":1}}", i, Expect.ERROR);
                case 11 -> new Message(head + ",\"c\":\"add\",\"a\":" + List.of("5", "\"s\"", "[1,2]", "null", "{}").get(random.nextInt(5)) + "}", i, Expect.ERROR);
                case 12 -> new Message(head + ",\"c\":\"greet\",\"a\":{\"name\":" + List.of("5", "[]", "{}", "null", "true").get(random.nextInt(5)) + "}}", i, Expect.ANSWER);
                // channels naming callbacks the page never made
                case 13 -> new Message(head + ",\"c\":\"stream\",\"a\":{\"onEvent\":\"" + List.of("__CHANNEL__:99999999", "__CHANNEL__:abc",
                        "__CHANNEL__:", "__CHANNEL__:-1").get(random.nextInt(4)) + "\"}}", i, Expect.ANSWER);
                // prototype keys and odd strings are only data
                case 14 -> new Message(head + ",\"c\":\"greet\",\"a\":{\"name\":\"\\ud800\\u0000</script>\",\"__proto__\":{\"polluted\":1},"
                        + "\"constructor\":{\"prototype\":{}}}}", i, Expect.ANSWER);
                // big strings and deep nesting: some within Jackson's limits, some beyond (then only the header is read)
                case 15 -> new Message(head + ",\"c\":\"greet\",\"a\":{\"name\":\"" + "x".repeat(1 << (10 + random.nextInt(8))) + "\"}}", i, Expect.ANSWER);
                case 16 -> new Message(head + ",\"c\":\"touch\",\"a\":" + "[".repeat(1500) + "]".repeat(1500) + "}", i, Expect.ERROR);
                case 17 -> new Message(head + ",\"c\":\"touch\",\"a\":{\"x\":" + "[".repeat(50_000) + "}", i, Expect.ERROR);
                case 18 -> n % 2000 == 18
                        ? new Message(head + ",\"c\":\"touch\",\"a\":{\"s\":\"" + "y".repeat(21_000_000) + "\"}}", i, Expect.ERROR)
                        : new Message(head + ",\"c\":\"" + "z".repeat(100_000) + "\"}", i, Expect.ERROR);
                // cut short mid-arguments: the header is intact, so the call is answered
                default -> new Message((head + ",\"c\":\"touch\",\"a\":{\"x\":[1,2,{\"y\":\"").substring(0, head.length() + 15 + random.nextInt(14)),
                        i, Expect.ERROR);
            });
        }
        return out;
    }

    private static String garbage(Random random) {
        byte[] b = new byte[random.nextInt(200)];
        random.nextBytes(b);
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) s.append((char) ('a' + random.nextInt(26)));
        return s.toString();
    }
}
