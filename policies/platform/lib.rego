# METADATA
# title: Shared helpers for the plan rules
# description: Reading resource changes, actions and port specifications from a plan.
package platform.lib

# Managed resources only: data sources ("read") never change infrastructure.
managed_changes contains rc if {
	some rc in input.resource_changes
	rc.mode == "managed"
}

actions(rc) := object.get(rc, ["change", "actions"], [])

# A delete, or a replace in either order (["delete","create"] or ["create","delete"]).
is_delete(rc) if "delete" in actions(rc)

is_replace(rc) if {
	"delete" in actions(rc)
	"create" in actions(rc)
}

# A new or changed object: create, update, or the create half of a replace.
is_create_or_update(rc) if "create" in actions(rc)

is_create_or_update(rc) if "update" in actions(rc)

# Managed resources that will exist after apply with the values in change.after.
changed_resources contains rc if {
	some rc in managed_changes
	is_create_or_update(rc)
	is_object(rc.change.after)
}

# Resources whose object would be destroyed (delete or replace).
deleted_resources contains rc if {
	some rc in managed_changes
	is_delete(rc)
}

action_word(rc) := "replaced" if is_replace(rc)

else := "deleted"

# A nested block as a list: a list stays, a single object becomes a one-item
# list, and null, absent or anything else reads as an empty list.
list_of(value) := value if is_array(value)

else := [value] if is_object(value)

else := []

# Strings or lists of strings, as a list of strings ("(sensitive)" included).
strings_of(value) := [value] if is_string(value)

else := [s | some s in value; is_string(s)] if is_array(value)

else := []

# Port specifications: numbers, "22", "20-30", "*", "0-65535".
# port_range(spec) is [low, high]; undefined when the spec cannot be read.
port_range(spec) := [spec, spec] if is_number(spec)

port_range(spec) := [0, 65535] if {
	is_string(spec)
	trim_space(spec) == "*"
}

port_range(spec) := [to_number(trim_space(spec)), to_number(trim_space(spec))] if {
	is_string(spec)
	regex.match(`^\s*[0-9]+\s*$`, spec)
}

port_range(spec) := [to_number(trim_space(parts[0])), to_number(trim_space(parts[1]))] if {
	is_string(spec)
	regex.match(`^\s*[0-9]+\s*-\s*[0-9]+\s*$`, spec)
	parts := split(spec, "-")
}

# The ports in `ports` that fall inside the inclusive range low..high.
ports_in_range(ports, low, high) := {p | some p in ports; low <= p; p <= high}

# The ports in `ports` matched by any of the specs.
ports_in_specs(ports, specs) := {p |
	some spec in specs
	range := port_range(spec)
	some p in ports_in_range(ports, range[0], range[1])
}

# "22", "22, 3389" — sorted, for messages.
join_sorted(values) := concat(", ", [format_value(v) | some v in sort([x | some x in values])])

format_value(v) := v if is_string(v)

else := sprintf("%v", [v])

# strings_of for obj[key], tolerating a missing key.
strings_at(obj, key) := strings_of(object.get(obj, key, null))

# True when the plan marks change.after[key] as known only after apply.
unknown_after(rc, key) if object.get(rc.change, ["after_unknown", key], false) == true
