package dev.tauri4j.processor;

import java.util.ArrayList;
import java.util.List;

/** Writes commands.json: each command's name, parameters and types, for capability tooling. */
final class CommandsJson {

    private CommandsJson() {}

    /** The file's text for {@code commands}, sorted by name. */
    static String write(List<CommandModel> commands) {
        StringBuilder out = new StringBuilder("{\n  \"commands\": [");
        for (int i = 0; i < commands.size(); i++) {
            CommandModel c = commands.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\n")
                    .append("      \"name\": ").append(Json.quote(c.invokeName())).append(",\n")
                    .append("      \"function\": ").append(Json.quote(c.function())).append(",\n")
                    .append("      \"java\": ").append(Json.quote(c.owner() + "." + c.method())).append(",\n")
                    .append("      \"params\": [");
            List<CommandModel.Param> js = c.jsParams();
            for (int j = 0; j < js.size(); j++) {
                CommandModel.Param p = js.get(j);
                out.append(j == 0 ? "\n" : ",\n").append("        { \"name\": ").append(Json.quote(p.name()))
                        .append(", \"type\": ").append(Json.quote(p.ts()))
                        .append(", \"required\": ").append(p.kind() != CommandModel.Kind.OPTIONAL && p.kind() != CommandModel.Kind.NULLABLE)
                        .append(", \"binaryBody\": ").append(p.kind() == CommandModel.Kind.RAW_BYTES)
                        .append(" }");
            }
            out.append(js.isEmpty() ? "],\n" : "\n      ],\n");
            List<String> injected = new ArrayList<>();
            for (CommandModel.Param p : c.params()) if (!p.fromJs()) injected.add(Json.quote(p.javaType()));
            out.append("      \"injected\": [").append(String.join(", ", injected)).append("],\n")
                    .append("      \"result\": ").append(Json.quote(c.result() instanceof Shape.Bytes ? "Uint8Array" : Shape.ts(c.result(), false)))
                    .append("\n    }");
        }
        return out.append(commands.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }
}
