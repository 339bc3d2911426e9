package dev.tauri4j.maven;

import dev.tauri4j.build.BuildLog;
import dev.tauri4j.build.dev.AppLauncher;
import dev.tauri4j.build.dev.AppProcess;
import dev.tauri4j.build.dev.Compiler;
import dev.tauri4j.build.dev.DevLoop;
import dev.tauri4j.build.dev.DevServer;
import dev.tauri4j.build.dev.DevUrlWait;
import dev.tauri4j.build.dev.FastLaunch;
import dev.tauri4j.build.dev.Frontend;
import dev.tauri4j.build.dev.JavacCompiler;
import dev.tauri4j.build.dev.SourceWatcher;
import dev.tauri4j.build.frontend.BindingsFile;
import dev.tauri4j.build.frontend.DependencyInstall;
import dev.tauri4j.config.BuildConfig;
import dev.tauri4j.config.ConfigLoader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * {@code tauri:dev}: starts {@code build.beforeDevCommand}, waits for {@code build.devUrl}, runs the app in a
 * forked JVM with {@code -Dtauri.dev=true}, and on changes to the Java sources, resources or config recompiles
 * (with the project's maven-compiler-plugin settings, annotation processors included), places the regenerated
 * {@code bindings.ts} in the frontend when it changed, and restarts it. Blocks until the app's window is closed
 * or Ctrl-C. Compile-plus-runtime resolution: javac needs provided dependencies, the app its runtime ones.
 */
@Mojo(name = "dev", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = false)
@Execute(phase = LifecyclePhase.COMPILE)
public class DevMojo extends AbstractMojo {

    /** The Tauri config file. */
    @Parameter(property = "tauri.config")
    File config;

    /** The project folder, where Tauri's config is looked for (then in src-tauri/) when {@code <config>} is not set. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** The frontend project (where package.json is); the dev server runs there. */
    @Parameter(property = "tauri.frontendDir", defaultValue = "${project.basedir}")
    File frontendDir;

    /** The app's main class. */
    @Parameter(property = "tauri.mainClass")
    String mainClass;

    /** Seconds to wait for build.devUrl to answer. */
    @Parameter(property = "tauri.devUrlTimeout", defaultValue = "60")
    int devUrlTimeout;

    /** Runs the app once, without watching for changes (Tauri's --no-watch). */
    @Parameter(property = "tauri.noWatch", defaultValue = "false")
    boolean noWatch;

    /** More JVM options for the app (not {@code tauri.jvmArgs}: the build already uses that property for tests). */
    @Parameter(property = "tauri.appJvmArgs")
    List<String> appJvmArgs;

    /** Program arguments for the app. */
    @Parameter(property = "tauri.appArgs")
    List<String> appArgs;

    /**
     * A loopback port on which the app lets WebDriver drive it, for end-to-end tests of the running dev session
     * (0: off). The app is started with {@code --automation} and {@code WEBKIT_INSPECTOR_SERVER=127.0.0.1:<port>};
     * attach with {@code WebKitWebDriver --target=127.0.0.1:<port>} (tauri-test: {@code TauriDriver.attach(port)}),
     * again after each restart. Any local process can then control the app: leave it off outside tests.
     */
    @Parameter(property = "tauri.dev.automation", defaultValue = "0")
    int automationPort;

    /**
     * Starts the app through the runtime's {@code DevLauncher} (jars on the JVM's class path, the app's classes in
     * a child class loader) with the JDK's AOT cache in {@code target/tauri-dev}: the first start records, later
     * starts and restarts are quicker. {@code false}: the plain {@code java -cp <classes and jars> <mainClass>}.
     */
    @Parameter(property = "tauri.dev.fastStart", defaultValue = "true")
    boolean fastStart;

    /**
     * Milliseconds without a further file event before a batch of changes is applied: long enough for an editor's
     * save (temp file, renames, a format-on-save write), and part of every restart.
     */
    @Parameter(property = "tauri.dev.debounce", defaultValue = "100")
    int debounceMillis;

    /** Environment variables for the dev server (pom only). */
    @Parameter
    Map<String, String> environment;

    /** Where the generated TypeScript bindings go (as in tauri:build); rewritten after a recompile only when changed. */
    @Parameter(property = "tauri.bindingsFile")
    File bindingsFile;

    /** Leaves the generated bindings in target/classes. */
    @Parameter(property = "tauri.bindings.skip", defaultValue = "false")
    boolean skipBindings;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    @Component
    RepositorySystem repositorySystem;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        MojoErrors.run("tauri:dev", () -> {
            config = ConfigLocation.resolve(config, basedir);
            if (mainClass == null || mainClass.isBlank()) {
                throw new MojoErrors.GoalException("no main class to run. Fix: set <mainClass> in the tauri plugin's"
                        + " configuration, or pass -Dtauri.mainClass=com.example.App");
            }
            run();
        });
    }

    private void run() throws Exception {
        MavenBuildLog log = new MavenBuildLog(getLog());
        BuildConfig build = ConfigLoader.load(config.toPath()).config().build();
        String devUrl = build == null ? null : build.devUrl();
        Map<String, String> env = environment == null ? Map.of() : environment;
        String command = DevServer.commandFor(build == null ? null : build.beforeDevCommand(), devUrl, frontendDir.toPath()).orElse(null);
        // a just-generated app or a fresh clone: the dev server is a package.json script that needs node_modules
        if (command != null) DependencyInstall.ifMissing(frontendDir.toPath(), env, log);
        Frontend.Starter frontend = Frontend.of(command, frontendDir.toPath(), env,
                devUrl, new DevUrlWait(Duration.ofSeconds(devUrlTimeout)), log);

        Path output = Path.of(project.getBuild().getOutputDirectory());
        List<Path> javaRoots = paths(project.getCompileSourceRoots());
        List<Path> resourceRoots = project.getResources().stream().map(Resource::getDirectory).map(Path::of).toList();
        List<String> options = new ArrayList<>(compilerOptions(project));
        options.addAll(ProcessorPath.options(project, this::resolve));
        JavacCompiler javac = new JavacCompiler(javaRoots, paths(project.getCompileClasspathElements()), output,
                options, encoding(project));
        placeBindings(output, log);
        // the @Command processor rewrites bindings.ts on each compile; the frontend sees it only when it changed
        Compiler compiler = (changed, l) -> javac.compile(changed, l) && placeBindings(output, l);
        AppProcess.Launch launch = new AppProcess.Launch(AppProcess.Launch.currentJava(),
                paths(project.getRuntimeClasspathElements()), mainClass, config.toPath(), list(appJvmArgs), list(appArgs),
                project.getBasedir().toPath(), true, automationPort);
        if (automationPort != 0) {
            log.info("WebDriver automation on: attach with WebKitWebDriver --target=127.0.0.1:" + automationPort);
        }

        List<Path> watched = new ArrayList<>(javaRoots);
        watched.addAll(resourceRoots);
        watched.addAll(dev.tauri4j.config.ConfigFiles.parts(config.toPath(), dev.tauri4j.config.ConfigFiles.currentPlatform()));
        watched.add(config.toPath().toAbsolutePath().getParent().resolve("capabilities"));
        SourceWatcher watcher = noWatch ? null : new SourceWatcher(watched, Duration.ofMillis(Math.max(0, debounceMillis)));
        try {
            AppLauncher launcher = fastStart
                    ? FastLaunch.of(launch, Path.of(project.getBuild().getDirectory(), "tauri-dev"), log)
                    : AppProcess.launcher(launch, log);
            new DevLoop(log, frontend, launcher, compiler, watcher,
                    new DevLoop.Layout(javaRoots, resourceRoots, output), true).run();
        } finally {
            if (watcher != null) watcher.close();
        }
    }

    private boolean placeBindings(Path classes, BuildLog log) {
        if (skipBindings) return true;
        try {
            BindingsFile.place(classes, frontendDir.toPath(), bindingsFile == null ? null : bindingsFile.toPath(), log);
        } catch (IOException e) {
            log.warn("Could not write the TypeScript bindings: " + e.getMessage());
        }
        return true;
    }

    private List<Path> resolve(ProcessorPath.Coordinates c) throws DependencyResolutionException {
        Artifact artifact = new DefaultArtifact(c.groupId(), c.artifactId(), c.classifier(), c.type(), c.version());
        CollectRequest collect = new CollectRequest(new Dependency(artifact, "runtime"), project.getRemoteProjectRepositories());
        return repositorySystem.resolveDependencies(repositorySession, new DependencyRequest(collect, null))
                .getArtifactResults().stream().map(r -> r.getArtifact().getFile().toPath()).toList();
    }

    /**
     * javac options from maven-compiler-plugin's configuration (plugin level, then the default-compile execution):
     * {@code --release} (or {@code -source}/{@code -target}), {@code -parameters}, {@code -g} (Maven's default),
     * {@code -proc}, and {@code compilerArgs}.
     */
    static List<String> compilerOptions(MavenProject project) {
        Map<String, String> values = new java.util.HashMap<>();
        List<String> compilerArgs = new ArrayList<>();
        Plugin plugin = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (plugin != null) {
            read((Xpp3Dom) plugin.getConfiguration(), values, compilerArgs);
            PluginExecution execution = plugin.getExecutionsAsMap().get("default-compile");
            if (execution != null) read((Xpp3Dom) execution.getConfiguration(), values, compilerArgs);
        }
        var props = project.getProperties();
        String release = values.getOrDefault("release", props.getProperty("maven.compiler.release"));
        List<String> options = new ArrayList<>();
        if (release != null && !release.isBlank()) {
            options.addAll(List.of("--release", release.strip()));
        } else {
            String source = values.getOrDefault("source", props.getProperty("maven.compiler.source"));
            String target = values.getOrDefault("target", props.getProperty("maven.compiler.target"));
            if (source != null) options.addAll(List.of("-source", source.strip()));
            if (target != null) options.addAll(List.of("-target", target.strip()));
        }
        if (Boolean.parseBoolean(values.getOrDefault("parameters", props.getProperty("maven.compiler.parameters")))) {
            options.add("-parameters");
        }
        if (!"false".equals(values.getOrDefault("debug", props.getProperty("maven.compiler.debug", "true")))) options.add("-g");
        String proc = values.getOrDefault("proc", props.getProperty("maven.compiler.proc"));
        if (proc != null && !proc.isBlank()) options.add("-proc:" + proc.strip());
        options.addAll(compilerArgs);
        return options;
    }

    private static void read(Xpp3Dom configuration, Map<String, String> values, List<String> compilerArgs) {
        if (configuration == null) return;
        for (String name : List.of("release", "source", "target", "parameters", "debug", "proc")) {
            Xpp3Dom child = configuration.getChild(name);
            if (child != null && child.getValue() != null) values.put(name, child.getValue());
        }
        Xpp3Dom args = configuration.getChild("compilerArgs");
        if (args != null) {
            compilerArgs.clear(); // Maven replaces a list, it does not append to it
            for (Xpp3Dom arg : args.getChildren()) if (arg.getValue() != null) compilerArgs.add(arg.getValue().strip());
        }
    }

    private static Charset encoding(MavenProject project) {
        String encoding = project.getProperties().getProperty("project.build.sourceEncoding");
        return encoding == null ? null : Charset.forName(encoding);
    }

    private static List<Path> paths(List<String> elements) {
        return elements.stream().map(Path::of).toList();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
