package dev.tauri4j.plugins.shell;

import dev.tauri4j.CommandException;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The shell scope as Tauri reads it: each entry is {@code {"name": ..., "cmd": ..., "args": ..., "sidecar": ...}}, where
 * {@code args} is {@code true} (any arguments), {@code false} or absent (none), or a list of fixed strings and
 * {@code {"validator": "<regex>"}} entries (the regex must match the whole argument). The page sends the entry's
 * name as {@code program}; the entry's {@code cmd} is what runs, or for {@code "sidecar": true} the bundle's binary of
 * that {@code bundle.externalBin} entry ({@link Sidecar}). A deny entry with the name refuses it whatever the allow
 * entries say.
 *
 * @param entries the command and global entries together
 */
record ShellScope(ScopeEntries entries) {

    /** The program and arguments to run for {@code name} called with {@code args}, or FORBIDDEN with Tauri's message. */
    Prepared prepare(String name, List<String> args) {
        return prepare(name, args, false);
    }

    /**
     * The arguments {@code Command.sidecar(name, args)} may run with: the entry must say {@code "sidecar": true}, and
     * needs no {@code cmd}; the returned program is null, as the binary is the bundle's ({@link Sidecar}).
     */
    Prepared prepareSidecar(String name, List<String> args) {
        return prepare(name, args, true);
    }

    private Prepared prepare(String name, List<String> args, boolean sidecar) {
        if (entries.deny().stream().anyMatch(e -> name.equals(name(e)))) throw notAllowed(name, sidecar, "a deny entry names it");
        String why = null;
        for (ScopeEntry e : entries.allow()) {
            if (!name.equals(name(e))) continue;
            if (isSidecar(e) != sidecar) {
                // Tauri's BadSidecarFlag; a later entry with the same name may still fit
                if (why == null) why = "The scoped command was called with the improper sidecar flag set (its entry, " + e.source()
                        + (sidecar ? ", is no sidecar: call Command.create" : ", has \"sidecar\": true: call Command.sidecar") + ")";
                continue;
            }
            String cmd = sidecar ? null : e.value().textField("cmd").orElseThrow(() -> invalid(e, "has no \"cmd\""));
            try {
                return new Prepared(cmd, arguments(e, args));
            } catch (ArgMismatch m) {
                why = m.getMessage();
            }
        }
        throw notAllowed(name, sidecar, why);
    }

    private static boolean isSidecar(ScopeEntry e) {
        return switch (e.value().field("sidecar").orElse(new ScopeValue.Bool(false))) {
            case ScopeValue.Bool(boolean b) -> b;
            case ScopeValue.Null n -> false;
            case ScopeValue other -> throw invalid(e, "has \"sidecar\": " + other.describe() + ", which must be true or false");
        };
    }

    /** The program and arguments a scope entry allows. */
    record Prepared(String program, List<String> args) {}

    private static List<String> arguments(ScopeEntry e, List<String> given) throws ArgMismatch {
        ScopeValue spec = e.value().field("args").orElse(new ScopeValue.Bool(false));
        return switch (spec) {
            case ScopeValue.Bool(boolean any) when any -> List.copyOf(given);
            case ScopeValue.Bool b -> {
                if (!given.isEmpty()) throw new ArgMismatch("Scoped command " + name(e) + " received arguments in an unexpected format (its entry allows none)");
                yield List.of();
            }
            case ScopeValue.Null n -> {
                if (!given.isEmpty()) throw new ArgMismatch("Scoped command " + name(e) + " received arguments in an unexpected format (its entry allows none)");
                yield List.of();
            }
            case ScopeValue.Arr(List<ScopeValue> items) -> listed(e, items, given);
            default -> throw invalid(e, "has \"args\": " + spec.describe());
        };
    }

    /** Tauri's positional rule: a fixed string is used as written, a validator must match the argument at its index;
     * fewer arguments than listed are fine where only fixed ones are missing. */
    private static List<String> listed(ScopeEntry e, List<ScopeValue> items, List<String> given) throws ArgMismatch {
        if (given.size() > items.size()) {
            throw new ArgMismatch("Scoped command " + name(e) + " received " + given.size() + " arguments but its entry lists " + items.size());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ScopeValue item = items.get(i);
            if (item instanceof ScopeValue.Str(String fixed)) {
                // stricter than Tauri, which runs the fixed value whatever was sent: a different value is a mismatch
                if (i < given.size() && !given.get(i).equals(fixed)) {
                    throw new ArgMismatch("Scoped command argument at position " + i + " must be " + fixed + " but it was " + given.get(i));
                }
                out.add(fixed);
                continue;
            }
            String validator = item.textField("validator").orElseThrow(() -> invalid(e, "has an args item that is neither a string nor {\"validator\": \"<regex>\"}"));
            if (i >= given.size()) {
                throw new ArgMismatch("Scoped command argument at position " + i + " must match regex validation " + validator + " but it was not found");
            }
            if (!compile(e, validator).matcher(given.get(i)).matches()) {
                throw new ArgMismatch("Scoped command argument at position " + i + " was found, but failed regex validation " + validator);
            }
            out.add(given.get(i));
        }
        return out;
    }

    private static Pattern compile(ScopeEntry e, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException x) {
            throw invalid(e, "has the validator " + regex + ", which is no regex: " + x.getDescription());
        }
    }

    private static String name(ScopeEntry e) {
        return e.value().textField("name").orElseThrow(() -> invalid(e, "has no \"name\""));
    }

    private static CommandException invalid(ScopeEntry e, String what) {
        return new CommandException("INVALID_SCOPE", e.fail(what + ". Fix: write {\"name\": \"echo-hi\", \"cmd\": \"echo\", \"args\": [\"hi\", {\"validator\": \"\\\\w+\"}]}"
                + " (args: true for any, false for none)").getMessage());
    }

    /**
     * Tauri's message first, then why and the fix. Tauri answers a refused program with "program not allowed ..." and
     * a refused sidecar with the scope's own reason ("Scoped command ... not found", a validator's message).
     */
    private static CommandException notAllowed(String name, boolean sidecar, String why) {
        String where = " to the \"allow\" list of shell:allow-execute or shell:allow-spawn in a capability of this window (docs/plugins/shell.md)";
        if (sidecar) {
            String reason = why == null ? "Scoped command " + name + " not found (no allow entry has \"name\": \"" + name + "\", \"sidecar\": true)"
                    : why.equals("a deny entry names it") ? "Scoped command " + name + " not found (" + why + ")" : why;
            return new CommandException("FORBIDDEN", reason + ". Fix: add {\"name\": \"" + name + "\", \"sidecar\": true, \"args\": ...}" + where);
        }
        return new CommandException("FORBIDDEN", "program not allowed on the configured shell scope: " + name + " ("
                + (why == null ? "no allow entry has \"name\": \"" + name + "\"" : why)
                + "). Fix: add {\"name\": \"" + name + "\", \"cmd\": \"<program>\", \"args\": ...}" + where);
    }

    /** One entry's arguments do not fit; another entry with the same name may. */
    private static final class ArgMismatch extends Exception {
        ArgMismatch(String message) {
            super(message, null, false, false);
        }
    }
}
