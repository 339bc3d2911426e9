package dev.tauri4j.maven;

import dev.tauri4j.build.sign.MinisignException;
import dev.tauri4j.config.ConfigException;
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
     * Runs {@code work}; a problem the user can fix (bad config, bad input, a failed frontend build, a wrong key)
     * becomes a MojoFailureException with the core's message, which already names the file, key and fix; anything
     * else is a MojoExecutionException (a bug or a broken machine).
     */
    static void run(String goal, Work work) throws MojoFailureException, MojoExecutionException {
        try {
            work.run();
        } catch (ConfigException | MinisignException | IllegalArgumentException e) {
            throw new MojoFailureException(goal + ": " + e.getMessage(), e);
        } catch (UserFixableException e) {
            throw new MojoFailureException(goal + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(goal + ": " + e.getCause().getMessage(), e);
        } catch (RuntimeException e) {
            if (isUserFixable(e)) throw new MojoFailureException(goal + ": " + e.getMessage(), e);
            throw new MojoExecutionException(goal + " failed: " + e, e);
        } catch (Exception e) {
            throw new MojoExecutionException(goal + " failed: " + e.getMessage(), e);
        }
    }

    /** Core exceptions whose message is written for users, recognised by name so the core needs no Maven type. */
    private static boolean isUserFixable(RuntimeException e) {
        String name = e.getClass().getSimpleName();
        return name.endsWith("BuildException") || name.endsWith("BundleException") || name.endsWith("IconException");
    }

    /** A problem found by a goal itself (a missing parameter, a file that is not there). */
    static final class UserFixableException extends RuntimeException {
        UserFixableException(String message) {
            super(message);
        }
    }
}
