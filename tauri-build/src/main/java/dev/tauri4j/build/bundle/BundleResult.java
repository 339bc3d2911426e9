package dev.tauri4j.build.bundle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BundleRunner} built and how long each step took.
 *
 * @param outputs      one entry per requested target
 * @param steps        each step in the order it ran
 * @param modules      the JDK modules linked into the runtime, as jlink resolved them
 * @param runtimeBytes the runtime image's size on disk
 */
public record BundleResult(List<Output> outputs, List<Step> steps, List<String> modules, long runtimeBytes) {

    public BundleResult {
        outputs = List.copyOf(outputs);
        steps = List.copyOf(steps);
        modules = List.copyOf(modules);
    }

    /** The output for {@code target}. */
    public Output output(BundleTarget target) {
        return outputs.stream().filter(o -> o.target() == target).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + target.id() + " was built"));
    }

    /** The sum of all step durations. */
    public Duration total() {
        return steps.stream().map(Step::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * One built bundle.
     *
     * @param target what it is
     * @param path   the package file, or the app image folder
     * @param bytes  its size (for a folder, the sum of its files)
     */
    public record Output(BundleTarget target, Path path, long bytes) {
        public Output {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * One step's name and wall time.
     *
     * @param name     e.g. "jlink"
     * @param duration how long it ran
     */
    public record Step(String name, Duration duration) {
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(duration, "duration");
        }
    }
}
