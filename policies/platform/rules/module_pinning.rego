# METADATA
# title: unpinned_module
# description: |
#   Warn about a module call whose code can change between two plans of the
#   same commit: a registry module without an exact version (=1.2.3 or 1.2.3),
#   or a git module (git::, git@, github.com/, bitbucket.org/) whose ref is not
#   a version tag or a full commit SHA. Local paths are fine; other sources
#   (archives over HTTP, S3, GCS) are not judged. Nested module calls are
#   checked too. No settings.
package platform.rules.module_pinning

violations contains {
	"rule": "unpinned_module",
	"severity": "warning",
	"address": call.address,
	"message": sprintf("%s %s. %s", [call.address, problem, fix]),
} if {
	some call in module_calls
	[problem, fix] := finding(call)
}

# Every module call in the configuration, at any depth, with its address
# (module.a.module.b). Calls sit at root_module.module_calls.<name>, then
# .module.module_calls.<name> for each level.
module_calls contains {
	"address": concat(".", [sprintf("module.%s", [name]) | some i, name in path; i % 3 == 1]),
	"source": object.get(call, "source", ""),
	"version_constraint": object.get(call, "version_constraint", null),
} if {
	walk(object.get(input, ["configuration", "root_module"], {}), [path, call])
	count(path) % 3 == 2
	every i, step in path {
		call_path_step(i, step)
	}
	is_object(call)
}

call_path_step(i, step) if {
	i % 3 == 0
	step == "module_calls"
}

call_path_step(i, step) if {
	i % 3 == 1
	is_string(step)
}

call_path_step(i, step) if {
	i % 3 == 2
	step == "module"
}

is_local(source) if startswith(source, "./")

is_local(source) if startswith(source, "../")

# Registry addresses: [<host>/]<namespace>/<name>/<system>[//<subdirectory>].
# A namespace holds no dots, so github.com/org/repo is not one.
is_registry(source) if regex.match(`^([A-Za-z0-9.-]+(:[0-9]+)?/)?[A-Za-z0-9][A-Za-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9_-]*/[A-Za-z0-9]+(//.*)?$`, source)

is_git(source) if startswith(source, "git::")

is_git(source) if startswith(source, "git@")

is_git(source) if startswith(source, "github.com/")

is_git(source) if startswith(source, "bitbucket.org/")

exact_version(constraint) if regex.match(`^\s*=?\s*v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?\s*$`, constraint)

# The ref= query parameter of a git source, when there is one.
git_ref(source) := ref if {
	matches := regex.find_all_string_submatch_n(`[?&]ref=([^&#]+)`, source, 1)
	ref := urlquery.decode(matches[0][1])
}

# A full commit SHA (SHA-1 or SHA-256) or a release-style tag: v1.2.3, 1.2.3,
# with an optional prefix for monorepo tags (vpc-v1.2.3, vpc/v1.2.3).
pinned_ref(ref) if regex.match(`^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$`, ref)

pinned_ref(ref) if regex.match(`^(.*[/_-])?v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]+)?$`, ref)

finding(call) := [
	sprintf("uses registry module %q with no version constraint", [call.source]),
	"Add version = \"<x.y.z>\" with an exact version so every plan uses the same module code.",
] if {
	not is_local(call.source)
	not is_git(call.source)
	is_registry(call.source)
	not is_string(call.version_constraint)
}

finding(call) := [
	sprintf("uses registry module %q with version constraint %q, which is not an exact version", [call.source, call.version_constraint]),
	"Pin an exact version (version = \"1.2.3\") and update it deliberately.",
] if {
	not is_local(call.source)
	not is_git(call.source)
	is_registry(call.source)
	is_string(call.version_constraint)
	not exact_version(call.version_constraint)
}

finding(call) := [
	sprintf("uses git source %q with no ?ref=", [call.source]),
	"Add ?ref=<tag> (for example ?ref=v1.2.3) or ?ref=<40-character commit SHA> so the module cannot change under the same configuration.",
] if {
	is_git(call.source)
	not git_ref(call.source)
}

finding(call) := [
	sprintf("uses git source %q with ref %q, which is neither a version tag nor a full commit SHA", [call.source, ref]),
	"Point ref at a release tag (v1.2.3) or a 40-character commit SHA instead of a branch or short SHA.",
] if {
	is_git(call.source)
	ref := git_ref(call.source)
	not pinned_ref(ref)
}
