# METADATA
# title: missing_required_tags
# description: |
#   Deny creating or updating a taggable resource without every required tag.
#   Taggable: an aws_* or azurerm_* resource whose planned values have a
#   `tags` attribute, or a google_* resource with a `labels` attribute.
#   Tags from the AWS provider's default_tags (tags_all) and the Google
#   provider's default_labels (terraform_labels, effective_labels) count;
#   a tag whose value is only known after apply counts; an empty value does not.
#   Settings: required_tags, required_tags_exempt_types.
package platform.rules.required_tags

import data.platform.lib
import data.platform.settings

violations contains {
	"rule": "missing_required_tags",
	"severity": "error",
	"address": rc.address,
	"message": message(rc, missing),
} if {
	some rc in lib.changed_resources
	some attribute in tag_attributes(rc.type)
	object.keys(rc.change.after)[attribute]
	not settings.is_tag_exempt_type(rc.type)
	present := present_keys(rc)
	missing := {tag | some tag in settings.required_tags; not present[tag]}
	count(missing) > 0
}

# The attribute that makes a type taggable, by provider, and the attributes
# that also hold the tags set on it (provider defaults merged in).
tag_attributes(resource_type) := ["tags"] if startswith(resource_type, "aws_")

tag_attributes(resource_type) := ["tags"] if startswith(resource_type, "azurerm_")

tag_attributes(resource_type) := ["labels"] if startswith(resource_type, "google_")

merged_attributes(resource_type) := ["tags", "tags_all"] if startswith(resource_type, "aws_")

merged_attributes(resource_type) := ["tags"] if startswith(resource_type, "azurerm_")

merged_attributes(resource_type) := ["labels", "terraform_labels", "effective_labels"] if startswith(resource_type, "google_")

# Keys with a non-empty known value, or whose value is known only after apply.
present_keys(rc) := {key |
	some attribute in merged_attributes(rc.type)
	some key, value in object.get(rc.change.after, attribute, {})
	has_value(value)
} | {key |
	some attribute in merged_attributes(rc.type)
	some key, unknown in object.get(rc.change, ["after_unknown", attribute], {})
	unknown == true
}

has_value(value) if {
	is_string(value)
	trim_space(value) != ""
}

message(rc, missing) := sprintf(
	"%s is missing required %s: %s. Add them to the resource's %s%s, or list %s in the required_tags_exempt_types setting (required_tags sets the required keys).",
	[rc.address, noun(rc.type), lib.join_sorted(missing), tag_attributes(rc.type)[0], defaults_hint(rc.type), rc.type],
)

noun(resource_type) := "labels" if startswith(resource_type, "google_")

else := "tags"

defaults_hints := {
	"aws": " or to the provider's default_tags",
	"azurerm": "",
	"google": " or to the provider's default_labels",
}

defaults_hint(resource_type) := defaults_hints[split(resource_type, "_")[0]]
