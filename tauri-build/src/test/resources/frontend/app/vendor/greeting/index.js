// A local dependency, so that installing it needs no network and a build without it fails.
module.exports = {
  name: "greeting",
  message: () => "built with the greeting package",
};
