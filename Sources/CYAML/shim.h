// The system libyaml (Debian: libyaml-dev, Homebrew: libyaml), wrapped by YAMLTree only.
#include <yaml.h>
