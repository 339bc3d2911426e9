package dev.tauri4j.internal.ipc;

import dev.tauri4j.CommandRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandHandler;
import dev.tauri4j.config.DidYouMean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * Runs commands: finds one by name, runs it on its own virtual thread (never the caller's, which is the UI
 * thread), and turns what it returns or throws into an {@link InvokeResult}.
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    private static final InvokeResult NULL = new InvokeResult.Json("null");
    private static final int MAX_NAME_SHOWN = 120;

    private final CommandRegistry registry;
    private final ThreadFactory threads = Thread.ofVirtual().name("tauri4j-command-", 0).factory();

    /** A dispatcher for the commands in {@code registry}. */
    public Dispatcher(CommandRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Starts the call and returns at once. The future never completes exceptionally: a failure is an
     * {@link InvokeResult.Failure}. It may complete on any thread, so hop back to the UI thread before touching it.
     */
    public CompletableFuture<InvokeResult> dispatch(InvokeRequest request, CallContext context) {
        return dispatch(request, context, ScopeSource.NONE);
    }

    /** As {@link #dispatch(InvokeRequest, CallContext)}, with the scope the call's capabilities give it. */
    public CompletableFuture<InvokeResult> dispatch(InvokeRequest request, CallContext context, ScopeSource scope) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        String command = request.command();
        CommandHandler handler = registry.find(command).orElse(null);
        if (handler == null) {
            return CompletableFuture.completedFuture(unknown(command));
        }
        CompletableFuture<InvokeResult> result = new CompletableFuture<>();
        start(command, result, () -> run(handler, new Call(request, context, scope), result));
        return result;
    }

    /** A failed result, for callers that refuse a call before dispatching it (a denied command, say). */
    public static InvokeResult failure(String code, String message) {
        return new InvokeResult.Failure(new IpcError(code, message));
    }

    /** A failed result with data JS receives as {@code error.data}. */
    public static InvokeResult failure(String code, String message, Object data) {
        return new InvokeResult.Failure(new IpcError(code, message, tree(data)));
    }

    private void start(String command, CompletableFuture<InvokeResult> result, Runnable task) {
        try {
            threads.newThread(task).start();
        } catch (RuntimeException | OutOfMemoryError e) {
            result.complete(failed(command, e));
        }
    }

    private void run(CommandHandler handler, Call call, CompletableFuture<InvokeResult> result) {
        Object value;
        try {
            value = handler.handle(call);
        } catch (Throwable e) {
            result.complete(failed(call.command(), e));
            return;
        }
        settle(call.command(), value, result);
    }

    private void settle(String command, Object value, CompletableFuture<InvokeResult> result) {
        if (value instanceof Optional<?> optional) {
            settle(command, optional.orElse(null), result);
        } else if (value instanceof CompletionStage<?> stage) {
            // no thread waits for the stage; its completion, whichever thread it comes on, starts a new one
            stage.whenComplete((done, error) -> start(command, result, () -> {
                if (error != null) {
                    result.complete(failed(command, error));
                } else {
                    settle(command, done, result);
                }
            }));
        } else {
            result.complete(convert(command, value));
        }
    }

    private static InvokeResult convert(String command, Object value) {
        return switch (value) {
            case null -> NULL;
            case InvokeResult ready -> ready;
            case byte[] bytes -> new InvokeResult.Binary(bytes);
            default -> {
                try {
                    yield new InvokeResult.Json(JsonCodec.mapper().writeValueAsString(value));
                } catch (JsonProcessingException | RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "command '" + command + "' returned a value JSON cannot hold", e);
                    yield failure(IpcError.INVALID_RESULT, "command '" + command + "' returned a "
                            + value.getClass().getSimpleName() + " that cannot be converted to JSON: " + e.getMessage());
                }
            }
        };
    }

    private static InvokeResult failed(String command, Throwable thrown) {
        Throwable error = unwrap(thrown);
        if (error instanceof CommandException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "command '" + command + "' rejected: " + e.code() + " " + e.getMessage());
            String message = e.getMessage() != null ? e.getMessage() : e.code();
            return new InvokeResult.Failure(new IpcError(e.code(), message, tree(e.data())));
        }
        LOG.log(System.Logger.Level.ERROR, "command '" + command + "' failed", error);
        String message = error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
        return failure(IpcError.COMMAND_FAILED, message);
    }

    private static Throwable unwrap(Throwable error) {
        while ((error instanceof CompletionException || error instanceof ExecutionException
                || error instanceof InvocationTargetException || error instanceof UndeclaredThrowableException)
                && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    private static JsonNode tree(Object data) {
        if (data == null || data instanceof JsonNode) {
            return (JsonNode) data;
        }
        try {
            return JsonCodec.mapper().valueToTree(data);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "error data of type " + data.getClass().getName()
                    + " cannot be converted to JSON; it is left out", e);
            return null;
        }
    }

    private InvokeResult unknown(String command) {
        // a page may send any name: a megabyte one is neither echoed whole nor compared letter by letter
        if (command.length() > MAX_NAME_SHOWN) {
            return failure(IpcError.UNKNOWN_COMMAND, "unknown command '" + command.substring(0, MAX_NAME_SHOWN)
                    + "...' (" + command.length() + " characters)");
        }
        String message = "unknown command '" + command + "'";
        String closest = closest(command);
        return failure(IpcError.UNKNOWN_COMMAND, closest == null ? message : message + ", did you mean '" + closest + "'?");
    }

    private String closest(String command) {
        return DidYouMean.closest(command, registry.names(), Math.max(1, Math.min(2, command.length() / 3)));
    }
}
