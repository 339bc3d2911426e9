package dev.tauri4j.maven;

import dev.tauri4j.config.UserFixableException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** The one place that turns what the build core throws into what Maven shows the user. */
final class MojoErrors {

    private MojoErrors() {}

    /** A goal's work, as the core does it. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work}. A {@link UserFixableException} (bad config or input, a failed frontend build, a wrong key)
     * becomes a MojoFailureException with the core's message, which already names the file, key and fix; anything
     * else is a MojoExecutionException, a bug or a broken machine, where the exception's class helps.
     */
    static void run(String goal, Work work) throws MojoFailureException, MojoExecutionException {
        try {
            work.run();
        } catch (UserFixableException e) {
            throw failure(goal, e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(goal + ": " + e.getCause().getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(goal + " failed: " + e, e);
        } catch (Exception e) {
            throw new MojoExecutionException(goal + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The goal and the core's message, nothing more. Maven adds the message of every cause the line does not
     * already hold (a JSON parser's "at [Source: ...; line: 3]", "InterruptedException"), so the core exception is
     * attached as suppressed rather than as the cause: mvn -e still prints it with its whole chain.
     */
    private static MojoFailureException failure(String goal, UserFixableException e) {
        MojoFailureException failure = new MojoFailureException(goal + ": " + e.getMessage());
        failure.addSuppressed(e);
        return failure;
    }

    /** A problem a goal finds itself, before the core runs: a missing parameter, a file that is not there. */
    static final class GoalException extends UserFixableException {

        private static final long serialVersionUID = 1L;

        GoalException(String message) {
            super(message);
        }
    }
}
