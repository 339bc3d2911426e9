package dev.tauri4j.internal.ipc;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.LocalVariableInfo;
import java.lang.classfile.attribute.LocalVariableTableAttribute;
import java.lang.classfile.attribute.LocalVariableTypeInfo;
import java.lang.classfile.attribute.LocalVariableTypeTableAttribute;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the names (LocalVariableTable) and generic signatures (LocalVariableTypeTable) of a method's
 * parameters from its class file: the only place javac keeps them for a lambda body, and only with {@code -g}.
 */
final class LocalVariables {

    /** A parameter's slot entry; {@code signature} is null unless the type is generic. */
    record Local(String name, String signature) {}

    private LocalVariables() {}

    /**
     * The parameters of {@code owner.name(descriptor)} by local slot, or an empty map when the class file or
     * its debug tables are not there (compiled with {@code -g:none}, or stripped by jlink).
     */
    static Map<Integer, Local> ofMethod(Class<?> owner, String name, String descriptor) {
        byte[] bytes = classBytes(owner);
        if (bytes == null) {
            return Map.of();
        }
        ClassModel model = ClassFile.of().parse(bytes);
        for (MethodModel method : model.methods()) {
            if (method.methodName().equalsString(name) && method.methodType().equalsString(descriptor)) {
                return method.code().map(LocalVariables::parameters).orElse(Map.of());
            }
        }
        return Map.of();
    }

    private static Map<Integer, Local> parameters(CodeModel code) {
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, String> signatures = new HashMap<>();
        // parameters are live from the first instruction; later locals may reuse their slots
        for (LocalVariableTableAttribute table : code.findAttributes(Attributes.localVariableTable())) {
            for (LocalVariableInfo info : table.localVariables()) {
                if (info.startPc() == 0) {
                    names.put(info.slot(), info.name().stringValue());
                }
            }
        }
        for (LocalVariableTypeTableAttribute table : code.findAttributes(Attributes.localVariableTypeTable())) {
            for (LocalVariableTypeInfo info : table.localVariableTypes()) {
                if (info.startPc() == 0) {
                    signatures.put(info.slot(), info.signature().stringValue());
                }
            }
        }
        Map<Integer, Local> out = new HashMap<>();
        names.forEach((slot, local) -> out.put(slot, new Local(local, signatures.get(slot))));
        return out;
    }

    private static byte[] classBytes(Class<?> owner) {
        // a ".class" resource is never encapsulated by a module, so this works for named modules too
        String resource = "/" + owner.getName().replace('.', '/') + ".class";
        try (InputStream in = owner.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
