package dev.tauri4j;

/** A command in its explicit form: reads its arguments from the {@link Invocation} and returns the result. */
@FunctionalInterface
public interface CommandHandler {

    /**
     * Runs the command on a virtual thread. The result becomes JSON ({@code null} for none), a {@code byte[]}
     * travels as binary, and a {@link java.util.concurrent.CompletionStage} is awaited. Throw a
     * {@link CommandException} to reject the JS promise with a code of your choice.
     */
    Object handle(Invocation call) throws Exception;
}
