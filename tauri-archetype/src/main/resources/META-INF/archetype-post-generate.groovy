// Batch mode does not check validationRegex: refuse a frontend template that does not exist yet, rather than
// quietly generating vanilla-ts under another name.
def template = request.properties.get('frontendTemplate')
def known = ['vanilla-ts']
if (!known.contains(template)) {
    new File(request.outputDirectory, request.artifactId).deleteDir()
    throw new IllegalArgumentException("frontendTemplate '" + template + "' is not available; choose one of " + known)
}
