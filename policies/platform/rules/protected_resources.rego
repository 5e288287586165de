# METADATA
# title: protected_resource_delete
# description: |
#   In a production environment, deny deleting or replacing a resource whose
#   type is in protected_types (databases, buckets, DNS zones, keys, clusters).
#   Settings: environment, production_environments, protected_types.
package platform.rules.protected_resources

import data.platform.lib
import data.platform.settings

violations contains {
	"rule": "protected_resource_delete",
	"severity": "error",
	"address": rc.address,
	"message": message(rc),
} if {
	settings.is_production
	some rc in lib.deleted_resources
	settings.is_protected_type(rc.type)
}

message(rc) := sprintf(
	"%s would be %s%s in production environment %q, and %s is a protected type. %sTo keep it, revert the change or add lifecycle { prevent_destroy = true }; if the %s is intended, run it as a reviewed exception or remove %s from the protected_types setting.",
	[rc.address, lib.action_word(rc), deposed_note(rc), settings.environment, rc.type, cause(rc), noun(rc), rc.type],
)

noun(rc) := "replacement" if lib.is_replace(rc)

else := "deletion"

deposed_note(rc) := " (deposed object)" if rc.deposed

else := ""

# Name the attributes that force a replacement when the plan records them.
cause(rc) := sprintf("The replacement is forced by: %s. ", [concat(", ", paths)]) if {
	lib.is_replace(rc)
	paths := [concat(".", [sprintf("%v", [step]) | some step in path]) | some path in rc.change.replace_paths]
	count(paths) > 0
} else := "The resource was removed from the configuration or its module. " if {
	not lib.is_replace(rc)
	rc.action_reason == "delete_because_no_resource_config"
} else := ""
