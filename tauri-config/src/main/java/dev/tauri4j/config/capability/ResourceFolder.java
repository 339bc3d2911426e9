package dev.tauri4j.config.capability;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files directly in a resource folder. Class loaders cannot list folders, so this looks at what is behind
 * a resource's URL, a directory or a jar; starting from a file's URL also works in jars without directory entries.
 */
final class ResourceFolder {

    private ResourceFolder() {}

    /**
     * The names of the files in {@code folder}, next to the class-path root that {@code url} (the URL of the resource
     * {@code resource}) comes from.
     */
    static Set<String> names(URL url, String resource, String folder) {
        Set<String> names = new TreeSet<>();
        String text = url.toString();
        if (text.endsWith("/") && !resource.endsWith("/")) text = text.substring(0, text.length() - 1);
        if (!text.endsWith(resource)) return names;
        String root = text.substring(0, text.length() - resource.length());
        try {
            if ("file".equals(url.getProtocol())) {
                Path dir = Path.of(new URI(root + folder));
                if (!Files.isDirectory(dir)) return names;
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).forEach(names::add);
                }
            } else if ("jar".equals(url.getProtocol())) {
                URLConnection c = url.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = ((JarURLConnection) c).getJarFile()) {
                    String prefix = folder + "/";
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0 && n.length() > prefix.length()) {
                            names.add(n.substring(prefix.length()));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder + " on the class path: " + e.getMessage(), e);
        }
        return names;
    }
}
