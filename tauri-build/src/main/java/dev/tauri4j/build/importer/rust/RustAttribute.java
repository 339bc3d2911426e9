package dev.tauri4j.build.importer.rust;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One outer attribute, {@code #[path(args)]}: {@code #[tauri::command(rename_all = "snake_case")]},
 * {@code #[derive(Serialize, Deserialize)]}, {@code #[serde(rename_all = "camelCase")]}.
 *
 * @param path the attribute's path ({@code tauri::command}, {@code derive}, {@code serde})
 * @param args the tokens inside its parentheses, empty when it has none
 * @param line where it starts
 */
public record RustAttribute(String path, List<RustToken> args, int line) {

    /**
     * The string after {@code key =} at the top level of the arguments, or inside {@code key(serialize = "...")}
     * (serde's form with separate names for the two directions, of which the JSON the frontend sees is what
     * {@code serialize} says for answers; arguments are the same name in practice).
     */
    public Optional<String> value(String key) {
        for (int i = 0; i < args.size(); i++) {
            RustToken t = args.get(i);
            if (t.kind() != RustToken.Kind.IDENT || !t.text().equals(key) || depthAt(i) != 0) continue;
            if (i + 2 < args.size() && args.get(i + 1).is("=") && args.get(i + 2).kind() == RustToken.Kind.STRING) {
                return Optional.of(args.get(i + 2).stringValue());
            }
            if (i + 1 < args.size() && args.get(i + 1).is("(")) {
                for (int j = i + 2; j + 2 < args.size() && !args.get(j).is(")"); j++) {
                    if (args.get(j).is("serialize") && args.get(j + 1).is("=")) return Optional.of(args.get(j + 2).stringValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a bare word (a {@code flatten}, {@code skip}, {@code untagged}) is among the top-level arguments. */
    public boolean has(String word) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).is(word) && depthAt(i) == 0) return true;
        }
        return false;
    }

    /** The last path segments of the top-level words: {@code Serialize} for {@code derive(serde::Serialize)}. */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            RustToken t = args.get(i);
            boolean last = i + 1 >= args.size() || !args.get(i + 1).is("::");
            if (t.kind() == RustToken.Kind.IDENT && last && depthAt(i) == 0) words.add(t.text());
        }
        return words;
    }

    private int depthAt(int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            String s = args.get(i).text();
            if (args.get(i).kind() != RustToken.Kind.PUNCT) continue;
            if (s.equals("(") || s.equals("[") || s.equals("{")) depth++;
            if (s.equals(")") || s.equals("]") || s.equals("}")) depth--;
        }
        return depth;
    }
}
