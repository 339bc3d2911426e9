package dev.tauri4j.internal.ipc;

import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandHandler;
import dev.tauri4j.Fn0;
import dev.tauri4j.Fn1;
import dev.tauri4j.Fn2;
import dev.tauri4j.Fn3;
import dev.tauri4j.Fn4;
import dev.tauri4j.Fn5;
import dev.tauri4j.Invocation;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A command given as a lambda or method reference ({@code Fn0..Fn5}). Its parameters are inspected on the
 * first call, not at registration, so that start-up never reads class files; the result is kept for good.
 */
public final class FnCommand implements CommandHandler {

    private static final System.Logger LOG = System.getLogger(FnCommand.class.getName());

    private final String name;
    private final Object fn;
    private final int arity;
    private final AtomicInteger resolutions = new AtomicInteger();
    private volatile Binding binding;
    private volatile String unsupported;
    private volatile String erasure;

    public FnCommand(String name, Object fn, int arity) {
        this.name = Objects.requireNonNull(name, "name");
        this.fn = Objects.requireNonNull(fn, "fn");
        this.arity = arity;
    }

    @Override
    public Object handle(Invocation invocation) throws Exception {
        if (!(invocation instanceof Call call)) {
            throw new IllegalArgumentException("an Fn command binds only invocations made by the Dispatcher");
        }
        Object[] args = binding().bind(call);
        try {
            return invoke(args);
        } catch (ClassCastException e) {
            if (erasure == null) {
                throw e;
            }
            throw new IllegalStateException(e.getMessage() + " (probably because " + erasure + ")", e);
        }
    }

    /** How often the parameters were inspected; at most once however many calls (tests check this). */
    int resolutions() {
        return resolutions.get();
    }

    private Binding binding() {
        Binding resolved = binding;
        if (resolved == null) {
            synchronized (this) {
                resolved = binding;
                if (resolved == null) {
                    resolved = resolve();
                    binding = resolved;
                }
            }
        }
        if (unsupported != null) {
            throw new CommandException(IpcError.UNSUPPORTED_COMMAND, unsupported);
        }
        return resolved;
    }

    private Binding resolve() {
        resolutions.incrementAndGet();
        if (arity == 0) {
            return Binding.none(name);
        }
        try {
            CommandSignature signature = CommandSignature.inspect(fn, arity);
            warnAboutErasure(signature);
            return Binding.of(name, signature);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot inspect the parameters of command '" + name + "'", e);
            unsupported = "command '" + name + "' cannot be bound: " + e.getMessage();
            return Binding.none(name);
        }
    }

    /**
     * javac keeps no generic types for lambda parameters, so a {@code List<Todo>} arrives as a list of maps
     * and fails only where the code reads it. Only logged at DEBUG here, since {@code Optional<String>} and
     * {@code List<String>} work as they are; the ClassCastException of the cases that break carries the hint.
     */
    private void warnAboutErasure(CommandSignature signature) {
        List<String> lost = signature.erased().stream()
                .filter(p -> p.type().getRawClass() != Channel.class)
                .map(p -> (p.name() != null ? p.name() : "?") + " (" + p.type().getRawClass().getSimpleName() + ")")
                .toList();
        if (lost.isEmpty()) {
            return;
        }
        erasure = "javac erased the type arguments of the lambda parameter" + (lost.size() > 1 ? "s " : " ")
                + String.join(", ", lost) + " of command '" + name + "', so their contents arrive as plain JSON values"
                + " (Map, List, String, Integer...); declare an array such as Todo[], use a method reference, or take"
                + " a record that holds the generic type";
        LOG.log(System.Logger.Level.DEBUG, erasure);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object invoke(Object[] a) throws Exception {
        // by arity, not by type: one object may implement several Fn interfaces
        return switch (arity) {
            case 0 -> ((Fn0) fn).apply();
            case 1 -> ((Fn1) fn).apply(a[0]);
            case 2 -> ((Fn2) fn).apply(a[0], a[1]);
            case 3 -> ((Fn3) fn).apply(a[0], a[1], a[2]);
            case 4 -> ((Fn4) fn).apply(a[0], a[1], a[2], a[3]);
            case 5 -> ((Fn5) fn).apply(a[0], a[1], a[2], a[3], a[4]);
            default -> throw new IllegalStateException("unsupported arity " + arity);
        };
    }

    @Override
    public String toString() {
        return "FnCommand[" + name + "/" + arity + "]";
    }
}
