package dev.tauri4j.plugins.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code stat}, {@code lstat} and {@code fstat} answer: Tauri's FileInfo, key for key. */
public final class FileInfo {

    private FileInfo() {
    }

    /** The metadata of {@code path}; of the link itself when {@code followLinks} is false. */
    static Map<String, Object> of(Path path, boolean followLinks) throws IOException {
        LinkOption[] opts = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(path, "unix:*", opts);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            unix = Files.readAttributes(path, "basic:*", opts);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("isFile", unix.get("isRegularFile"));
        info.put("isDirectory", unix.get("isDirectory"));
        info.put("isSymlink", unix.get("isSymbolicLink"));
        info.put("size", unix.get("size"));
        info.put("mtime", millis(unix.get("lastModifiedTime")));
        info.put("atime", millis(unix.get("lastAccessTime")));
        info.put("birthtime", millis(unix.get("creationTime")));
        info.put("readonly", unix.get("mode") instanceof Integer m ? (m & 0222) == 0 : !Files.isWritable(path));
        info.put("fileAttributes", null); // Windows only
        for (String key : new String[] {"dev", "ino", "mode", "nlink", "uid", "gid", "rdev"}) info.put(key, unix.get(key));
        info.put("blksize", null); // not in the JDK's unix view
        info.put("blocks", null);
        return info;
    }

    private static Long millis(Object time) {
        return time instanceof FileTime t ? t.toMillis() : null;
    }
}
