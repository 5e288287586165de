# Builders for the plan documents the tests feed to the rules.
package platform.fixtures

plan(changes) := {"format_version": "1.2", "resource_changes": changes}

provider(resource_type) := sprintf("registry.opentofu.org/hashicorp/%s", [split(resource_type, "_")[0]])

resource(resource_type, name, actions, before, after) := {
	"address": sprintf("%s.%s", [resource_type, name]),
	"mode": "managed",
	"type": resource_type,
	"name": name,
	"provider_name": provider(resource_type),
	"change": {"actions": actions, "before": before, "after": after, "after_unknown": {}},
}

create(resource_type, name, after) := resource(resource_type, name, ["create"], null, after)

update(resource_type, name, after) := resource(resource_type, name, ["update"], after, after)

no_op(resource_type, name, after) := resource(resource_type, name, ["no-op"], after, after)

delete(resource_type, name) := resource(resource_type, name, ["delete"], {"id": name}, null)

# Destroy-then-create, the default replace order.
replace(resource_type, name, after) := resource(resource_type, name, ["delete", "create"], {"id": name}, after)

# Create-then-destroy (lifecycle create_before_destroy).
replace_cbd(resource_type, name, after) := resource(resource_type, name, ["create", "delete"], {"id": name}, after)

# A data source read.
read(resource_type, name) := object.union(
	resource(resource_type, name, ["read"], null, {"id": name}),
	{"address": sprintf("data.%s.%s", [resource_type, name]), "mode": "data"},
)

# Marks attributes of change.after as known only after apply.
with_unknown(rc, after_unknown) := object.union(rc, {"change": {"after_unknown": after_unknown}})

# [rule, address] pairs, for compact assertions.
hits(violations) := {[v.rule, v.address] | some v in violations}
