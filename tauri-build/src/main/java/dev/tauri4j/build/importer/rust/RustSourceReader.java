package dev.tauri4j.build.importer.rust;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the declarations an import needs from one Rust file: not a Rust parser, a walk over {@link RustLexer}'s
 * tokens that recognises attributes, {@code fn}, {@code struct}, {@code enum}, inline {@code mod} blocks,
 * {@code generate_handler!} and a few builder calls, and skips balanced groups it does not need.
 */
public final class RustSourceReader {

    private static final List<String> TRAY = List.of("TrayIconBuilder", "TrayIcon", "on_tray_icon_event");
    private static final List<String> MENU = List.of("MenuBuilder", "SubmenuBuilder", "MenuItemBuilder", "MenuItem",
            "Submenu", "on_menu_event", "PredefinedMenuItem");

    private final String source;
    private final String file;
    private final List<RustToken> tokens;
    private final List<RustCommand> commands = new ArrayList<>();
    private final List<RustStruct> structs = new ArrayList<>();
    private final List<RustEnum> enums = new ArrayList<>();
    private final List<String> handlers = new ArrayList<>();
    private final List<RustUsage> usages = new ArrayList<>();
    private int pos;

    private RustSourceReader(String source, String file) {
        this.source = source;
        this.file = file;
        this.tokens = RustLexer.tokenize(source);
    }

    /**
     * The declarations of {@code source}.
     *
     * @param file   its path relative to the Tauri project, for locations
     * @param module its module path from the crate root ({@code ""} for lib.rs and main.rs)
     * @throws IllegalArgumentException naming the line of an unterminated comment or literal
     */
    public static RustFile read(String source, String file, String module) {
        RustSourceReader reader = new RustSourceReader(source, file);
        reader.items(module, reader.tokens.size());
        return new RustFile(reader.commands, reader.structs, reader.enums, reader.handlers, reader.usages);
    }

    private void items(String module, int end) {
        List<RustAttribute> attrs = new ArrayList<>();
        int itemStart = -1;
        while (pos < end) {
            RustToken t = tokens.get(pos);
            if (t.is("#") && next(1, "[")) {
                if (itemStart < 0) itemStart = pos;
                attrs.add(attribute());
                continue;
            }
            if (t.is("#") && next(1, "!") && next(2, "[")) { // an inner attribute: #![cfg_attr(...)]
                pos += 2;
                pos = close(pos) + 1;
                continue;
            }
            if (t.is("pub") || t.is("async") || t.is("unsafe") || t.is("const") && next(1, "fn") || t.is("extern")) {
                if (itemStart < 0) itemStart = pos;
                pos++;
                if (t.is("pub") && pos < end && tokens.get(pos).is("(")) pos = close(pos) + 1;
                if (t.is("extern") && pos < end && tokens.get(pos).kind() == RustToken.Kind.STRING) pos++;
                continue;
            }
            int start = itemStart < 0 ? pos : itemStart;
            if (t.is("fn") && pos + 1 < end) {
                function(attrs, start, module);
            } else if (t.is("struct") && pos + 1 < end) {
                struct(attrs, start);
            } else if (t.is("enum") && pos + 1 < end) {
                enumeration(attrs, start);
            } else if (t.is("use")) {
                while (pos < end && !tokens.get(pos).is(";")) pos++; // an import names a type, it builds nothing
                pos++;
            } else if (t.is("mod") && next(2, "{")) {
                String name = tokens.get(pos + 1).text();
                int closing = close(pos + 2);
                pos += 3;
                items(module.isEmpty() ? name : module + "::" + name, closing);
                pos = closing + 1;
            } else {
                usage(t);
                pos++;
            }
            attrs = new ArrayList<>();
            itemStart = -1;
        }
    }

    private void usage(RustToken t) {
        if (t.kind() != RustToken.Kind.IDENT) return;
        String text = t.text();
        if (text.equals("generate_handler") && next(1, "!")) {
            handlerList(pos + 2);
        } else if (text.startsWith("tauri_plugin_") && text.length() > "tauri_plugin_".length()) {
            String plugin = text.substring("tauri_plugin_".length()).replace('_', '-');
            if (usages.stream().noneMatch(u -> u.kind() == RustUsage.Kind.PLUGIN && u.name().equals(plugin))) {
                usages.add(new RustUsage(RustUsage.Kind.PLUGIN, plugin, file, t.line()));
            }
        } else if (TRAY.contains(text)) {
            usages.add(new RustUsage(RustUsage.Kind.TRAY, text, file, t.line()));
        } else if (MENU.contains(text)) {
            usages.add(new RustUsage(RustUsage.Kind.MENU, text, file, t.line()));
        } else if ((text.equals("setup") || text.equals("manage")) && pos > 0 && tokens.get(pos - 1).is(".")
                && next(1, "(")) {
            RustUsage.Kind kind = text.equals("setup") ? RustUsage.Kind.SETUP : RustUsage.Kind.MANAGE;
            usages.add(new RustUsage(kind, text(pos + 2, close(pos + 1) - 1), file, t.line()));
        }
    }

    private void handlerList(int open) {
        if (open >= tokens.size()) return;
        int closing = close(open);
        StringBuilder path = new StringBuilder();
        for (int i = open + 1; i < closing; i++) {
            RustToken t = tokens.get(i);
            if (t.is(",")) {
                if (!path.isEmpty()) handlers.add(path.toString());
                path.setLength(0);
            } else {
                path.append(t.text());
            }
        }
        if (!path.isEmpty()) handlers.add(path.toString());
    }

    private RustAttribute attribute() {
        int open = pos + 1;
        int closing = close(open);
        int i = open + 1;
        StringBuilder path = new StringBuilder();
        while (i < closing && (tokens.get(i).kind() == RustToken.Kind.IDENT || tokens.get(i).is("::"))) {
            path.append(tokens.get(i).text());
            i++;
        }
        List<RustToken> args = i < closing && tokens.get(i).is("(") ? tokens.subList(i + 1, close(i)) : List.of();
        RustAttribute attribute = new RustAttribute(path.toString(), List.copyOf(args), tokens.get(pos).line());
        pos = closing + 1;
        return attribute;
    }

    private void function(List<RustAttribute> attrs, int start, String module) {
        int fn = pos;
        String name = tokens.get(fn + 1).text();
        Optional<RustAttribute> command = attrs.stream()
                .filter(a -> a.path().equals("tauri::command") || a.path().equals("command")).findFirst();
        int i = fn + 2;
        if (i < tokens.size() && tokens.get(i).is("<")) i = closeAngle(i) + 1;
        if (i >= tokens.size() || !tokens.get(i).is("(")) {
            pos = fn + 1;
            return;
        }
        int paramsEnd = close(i);
        List<RustParam> params = new ArrayList<>();
        for (int[] range : splitTopLevel(i + 1, paramsEnd)) params.add(param(range[0], range[1]));
        int j = paramsEnd + 1;
        Optional<RustType> returns = Optional.empty();
        if (j < tokens.size() && tokens.get(j).is("->")) {
            int typeEnd = j + 1;
            while (typeEnd < tokens.size() && !tokens.get(typeEnd).is("{") && !tokens.get(typeEnd).is("where")
                    && !tokens.get(typeEnd).is(";")) {
                typeEnd = tokens.get(typeEnd).is("<") ? closeAngle(typeEnd) + 1
                        : tokens.get(typeEnd).is("(") || tokens.get(typeEnd).is("[") ? close(typeEnd) + 1 : typeEnd + 1;
            }
            RustType type = RustTypeParser.parse(tokens.subList(j + 1, Math.min(typeEnd, tokens.size())), source);
            if (!type.isUnit()) returns = Optional.of(type);
            j = typeEnd;
        }
        while (j < tokens.size() && !tokens.get(j).is("{") && !tokens.get(j).is(";")) j++;
        int bodyEnd = j < tokens.size() && tokens.get(j).is("{") ? close(j) : j;
        if (command.isPresent()) {
            boolean async = false;
            for (int k = start; k < fn; k++) async |= tokens.get(k).is("async");
            commands.add(new RustCommand(name, file, module, tokens.get(fn).line(), async, command.get().value("rename_all"),
                    List.copyOf(params), returns, text(start, bodyEnd)));
            pos = bodyEnd + 1;
        } else {
            pos = j + 1; // into the body: builder calls in run() are read as usages
        }
    }

    private RustParam param(int from, int to) {
        int colon = -1;
        int depth = 0;
        for (int i = from; i < to; i++) {
            RustToken t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) depth++;
            if (t.is(")") || t.is("]") || t.is("}")) depth--;
            if (depth == 0 && t.is(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0) return new RustParam(null, RustTypeParser.parse(List.of(), source));
        String name = null;
        if (colon - from == 1 || colon - from == 2 && tokens.get(from).is("mut")) {
            RustToken n = tokens.get(colon - 1);
            if (n.kind() == RustToken.Kind.IDENT) name = n.text();
        }
        return new RustParam(name, RustTypeParser.parse(tokens.subList(colon + 1, to), source));
    }

    private void struct(List<RustAttribute> attrs, int start) {
        int kw = pos;
        String name = tokens.get(kw + 1).text();
        int i = kw + 2;
        if (i < tokens.size() && tokens.get(i).is("<")) i = closeAngle(i) + 1;
        while (i < tokens.size() && tokens.get(i).is("where")) {
            while (i < tokens.size() && !tokens.get(i).is("{") && !tokens.get(i).is(";")) i++;
        }
        List<RustStruct.Field> fields = new ArrayList<>();
        boolean tuple = false;
        int end = i;
        if (i < tokens.size() && (tokens.get(i).is("{") || tokens.get(i).is("("))) {
            tuple = tokens.get(i).is("(");
            end = close(i);
            int index = 0;
            for (int[] range : splitTopLevel(i + 1, end)) fields.add(field(range[0], range[1], tuple ? index++ : -1));
            if (tuple && end + 1 < tokens.size() && tokens.get(end + 1).is(";")) end++;
        }
        structs.add(new RustStruct(name, file, tokens.get(kw).line(), derives(attrs), serde(attrs, "rename_all"),
                List.copyOf(fields), tuple, text(start, end)));
        pos = end + 1;
    }

    private RustStruct.Field field(int from, int to, int tupleIndex) {
        List<RustAttribute> attrs = new ArrayList<>();
        int i = from;
        int saved = pos;
        while (i < to && tokens.get(i).is("#")) {
            pos = i;
            attrs.add(attribute());
            i = pos;
        }
        pos = saved;
        if (i < to && tokens.get(i).is("pub")) {
            i++;
            if (i < to && tokens.get(i).is("(")) i = close(i) + 1;
        }
        String name;
        if (tupleIndex >= 0) {
            name = Integer.toString(tupleIndex);
        } else {
            name = i < to ? tokens.get(i).text() : "?";
            i += 2; // name and colon
        }
        RustType type = RustTypeParser.parse(tokens.subList(Math.min(i, to), to), source);
        boolean skipped = attrs.stream().anyMatch(a -> a.path().equals("serde")
                && (a.has("skip") || a.has("skip_serializing") && a.has("skip_deserializing")));
        boolean flatten = attrs.stream().anyMatch(a -> a.path().equals("serde") && a.has("flatten"));
        return new RustStruct.Field(name, type, serde(attrs, "rename"), skipped, flatten);
    }

    private void enumeration(List<RustAttribute> attrs, int start) {
        int kw = pos;
        String name = tokens.get(kw + 1).text();
        int i = kw + 2;
        if (i < tokens.size() && tokens.get(i).is("<")) i = closeAngle(i) + 1;
        while (i < tokens.size() && !tokens.get(i).is("{")) i++;
        int end = i < tokens.size() ? close(i) : i;
        List<RustEnum.Variant> variants = new ArrayList<>();
        for (int[] range : splitTopLevel(i + 1, end)) {
            List<RustAttribute> variantAttrs = new ArrayList<>();
            int v = range[0];
            int saved = pos;
            while (v < range[1] && tokens.get(v).is("#")) {
                pos = v;
                variantAttrs.add(attribute());
                v = pos;
            }
            pos = saved;
            if (v >= range[1]) continue;
            boolean unit = v + 1 >= range[1] || tokens.get(v + 1).is("=");
            variants.add(new RustEnum.Variant(tokens.get(v).text(), serde(variantAttrs, "rename"), unit));
        }
        boolean tagged = attrs.stream().anyMatch(a -> a.path().equals("serde")
                && (a.value("tag").isPresent() || a.has("untagged")));
        enums.add(new RustEnum(name, file, tokens.get(kw).line(), derives(attrs), serde(attrs, "rename_all"), tagged,
                List.copyOf(variants), text(start, end)));
        pos = end + 1;
    }

    private static List<String> derives(List<RustAttribute> attrs) {
        List<String> derives = new ArrayList<>();
        for (RustAttribute a : attrs) {
            if (a.path().equals("derive")) derives.addAll(a.words());
        }
        return List.copyOf(derives);
    }

    private static Optional<String> serde(List<RustAttribute> attrs, String key) {
        for (RustAttribute a : attrs) {
            if (a.path().equals("serde") && a.value(key).isPresent()) return a.value(key);
        }
        return Optional.empty();
    }

    /** The [from, to) token ranges between top-level commas of a group's inside (angle brackets count as a level). */
    private List<int[]> splitTopLevel(int from, int to) {
        List<int[]> ranges = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            RustToken t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{") || t.is("<")) depth++;
            if (t.is(")") || t.is("]") || t.is("}") || t.is(">")) depth--;
            if (depth == 0 && t.is(",")) {
                if (i > start) ranges.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (to > start) ranges.add(new int[] {start, to});
        return ranges;
    }

    /** The index of the bracket that closes the one at {@code open} ((), [] or {}). */
    private int close(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            RustToken t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) depth++;
            if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
                if (depth == 0) return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The index of the {@code >} that closes the generics opened at {@code open}. */
    private int closeAngle(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            RustToken t = tokens.get(i);
            if (t.is("<")) depth++;
            if (t.is(">")) {
                depth--;
                if (depth == 0) return i;
            }
            if (t.is("(") || t.is("[")) i = close(i);
        }
        return tokens.size() - 1;
    }

    private boolean next(int ahead, String s) {
        return pos + ahead < tokens.size() && tokens.get(pos + ahead).is(s);
    }

    private String text(int from, int toInclusive) {
        if (from > toInclusive || from >= tokens.size()) return "";
        int last = Math.min(toInclusive, tokens.size() - 1);
        return source.substring(tokens.get(from).start(), tokens.get(last).end());
    }
}
