// Keeps the first run's packages outside target/, so the second run can be compared byte for byte.
def first = new File(basedir, 'first')
first.mkdirs()
['deb', 'rpm'].each { type ->
    new File(basedir, "target/bundle/$type").listFiles().findAll { it.name.endsWith(".$type") }.each { f ->
        java.nio.file.Files.copy(f.toPath(), new File(first, f.name).toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING)
    }
}
return first.list().length == 2
