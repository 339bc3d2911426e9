package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.tauri4j.CommandException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Converts JSON arguments to Java values, as strictly as serde does for Tauri's Rust commands ({@code "5"} is
 * not an int, {@code 1.5} is not an int, {@code null} is not a boolean), and words the errors for the frontend.
 */
final class Arguments {

    private static final JsonMapper STRICT = ((JsonMapper) JsonCodec.mapper()).rebuild()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            // JS has no decimal type: a string is how exact amounts travel, so BigDecimal and BigInteger take one
            .withCoercionConfig(BigDecimal.class, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .withCoercionConfig(BigInteger.class, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(JsonBytes.module())
            .build();

    private static final int MAX_SHOWN = 60;

    private Arguments() {}

    static TypeFactory types() {
        return STRICT.getTypeFactory();
    }

    static JavaType type(Type type) {
        return STRICT.getTypeFactory().constructType(type);
    }

    /** A reader made once per parameter, so that a call costs no deserializer look-up. */
    static ObjectReader reader(JavaType type) {
        return STRICT.readerFor(type);
    }

    /**
     * Reads one argument; {@code argument} is its name, or null when the whole arguments object is bound, in
     * which case the field paths inside it are what JS knows as argument names.
     */
    static Object read(ObjectReader reader, JsonNode node, String command, String argument, JavaType type) {
        try {
            return reader.readValue(node);
        } catch (IOException | IllegalArgumentException e) {
            throw translate(e, node, command, argument, type);
        }
    }

    /** Decodes a JSON-borne byte array: a base64 string, or an array of numbers 0..255 (what JS arrays give). */
    static byte[] bytes(JsonNode node, String command, String argument) {
        if (node.isTextual()) {
            String text = node.textValue();
            try {
                boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
                return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
            } catch (IllegalArgumentException e) {
                throw invalid(command, argument, "byte[] (base64 or an array of numbers 0..255)", node);
            }
        }
        if (node.isArray()) {
            byte[] out = new byte[node.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode item = node.get(i);
                if (!item.canConvertToInt() || !item.isIntegralNumber() || item.intValue() < 0 || item.intValue() > 255) {
                    throw invalid(command, argument + "[" + i + "]", "a number 0..255", item);
                }
                out[i] = (byte) item.intValue();
            }
            return out;
        }
        throw invalid(command, argument, "byte[] (base64 or an array of numbers 0..255)", node);
    }

    static CommandException missing(String command, String argument, String typeLabel) {
        return new CommandException(IpcError.MISSING_ARGUMENT,
                "command '" + command + "' is missing argument '" + argument + "' (" + typeLabel + ")");
    }

    static CommandException invalid(String command, String argument, String expected, JsonNode found) {
        return new CommandException(IpcError.INVALID_ARGUMENT,
                "command '" + command + "': argument '" + argument + "' must be " + expected + ", found " + found(found));
    }

    /** A Java type the way a Java developer writes it: {@code int}, {@code List<Todo>}, {@code byte[]}. */
    static String describe(JavaType type) {
        if (type.isArrayType()) {
            return describe(type.getContentType()) + "[]";
        }
        String name = simpleName(type.getRawClass());
        if (type.getBindings().isEmpty()) {
            return name;
        }
        return type.getBindings().getTypeParameters().stream().map(Arguments::describe)
                .collect(Collectors.joining(", ", name + "<", ">"));
    }

    static String simpleName(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.isEmpty() ? type.getName() : simple;
    }

    /** A JSON value as the error shows it: {@code "x" (string)}, {@code 1.5 (number)}, {@code null}. */
    static String found(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        String text = node.toString();
        if (text.length() > MAX_SHOWN) {
            text = text.substring(0, MAX_SHOWN) + "...";
        }
        return text + " (" + kind(node) + ")";
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT, POJO -> "object";
            case BINARY -> "binary";
            case NULL, MISSING -> "null";
        };
    }

    private static CommandException translate(Exception e, JsonNode root, String command, String argument, JavaType type) {
        StringBuilder path = new StringBuilder(argument == null ? "" : argument);
        JsonNode at = root;
        if (e instanceof JsonMappingException jme) {
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                    at = at == null ? null : at.get(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                    at = at == null ? null : at.get(ref.getIndex());
                }
            }
        }
        boolean nested = at != root;
        String where = path.isEmpty() ? "the arguments" : "argument '" + path + "'";
        if (e instanceof ValueInstantiationException vie) {
            Throwable cause = vie.getCause() != null ? vie.getCause() : vie;
            String why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            String subject = path.isEmpty() ? "the arguments do not form" : where + " is not";
            JavaType refused = nested && vie.getType() != null ? vie.getType() : type;
            return new CommandException(IpcError.INVALID_ARGUMENT,
                    "command '" + command + "': " + subject + " a valid " + describe(refused) + ": " + why);
        }
        Class<?> target = e instanceof MismatchedInputException mie ? mie.getTargetType()
                : e instanceof InputCoercionException ice ? ice.getTargetType() : null;
        String expected = !nested || target == null ? describe(type) : simpleName(target);
        if (e instanceof JsonBytes.ByteOutOfRange) expected = "a number 0..255";
        if (target != null && target.isEnum()) {
            expected = "one of " + Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")) + " (" + simpleName(target) + ")";
        }
        if (at == null) {
            return missing(command, path.toString(), expected);
        }
        if (e instanceof InputCoercionException) {
            return new CommandException(IpcError.INVALID_ARGUMENT, "command '" + command + "': " + where
                    + " is out of range for " + expected + ": " + firstLine(e.getMessage()));
        }
        if (nested || e instanceof MismatchedInputException) {
            return new CommandException(IpcError.INVALID_ARGUMENT,
                    "command '" + command + "': " + where + " must be " + expected + ", found " + found(at));
        }
        return new CommandException(IpcError.INVALID_ARGUMENT, "command '" + command + "': " + where + " must be "
                + expected + ", found " + found(at) + ": " + firstLine(e.getMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
