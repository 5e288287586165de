# METADATA
# title: too_many_deletions
# description: |
#   Deny a plan that would destroy more managed resources (deletes and
#   replaces, deposed objects included) than max_deletions, a guard against a
#   wrong workspace, state key or module refactor wiping an environment.
#   Settings: max_deletions.
package platform.rules.max_deletions

import data.platform.lib
import data.platform.settings

# The number of addresses listed in the message.
listed := 20

# Each destroyed object once: address plus deposed key.
deleted_objects := {[rc.address, object.get(rc, "deposed", "")] | some rc in lib.deleted_resources}

deleted_addresses := sort({rc.address | some rc in lib.deleted_resources})

violations contains {
	"rule": "too_many_deletions",
	"severity": "error",
	"address": "plan",
	"message": sprintf(
		"The plan would delete or replace %d %s, more than the %d allowed: %s%s. Check the workspace, state key and any moved/removed blocks; if the deletions are intended, split the change or raise the max_deletions setting for this run.",
		[count(deleted_objects), noun, settings.max_deletions, concat(", ", array.slice(deleted_addresses, 0, listed)), more_note],
	),
} if {
	count(deleted_objects) > settings.max_deletions
	noun := plural(count(deleted_objects))
}

plural(1) := "resource"

plural(n) := "resources" if n != 1

more_note := sprintf(" and %d more", [count(deleted_addresses) - listed]) if count(deleted_addresses) > listed

else := ""
