package platform.rules.required_tags_test

import data.platform.fixtures.create
import data.platform.fixtures.delete
import data.platform.fixtures.hits
import data.platform.fixtures.no_op
import data.platform.fixtures.plan
import data.platform.fixtures.read
import data.platform.fixtures.replace
import data.platform.fixtures.update
import data.platform.fixtures.with_unknown
import data.platform.rules.required_tags.violations

all_tags := {"owner": "team-a", "env": "dev", "bu": "retail"}

test_aws_resource_without_required_tags_is_denied if {
	some v in violations with input as plan([create("aws_instance", "web", {"tags": {"owner": "team-a"}})])
	v.rule == "missing_required_tags"
	v.severity == "error"
	v.address == "aws_instance.web"
	contains(v.message, "missing required tags: bu, env")
	contains(v.message, "default_tags")
}

test_aws_resource_with_all_tags_passes if {
	count(violations) == 0 with input as plan([create("aws_instance", "web", {"tags": all_tags})])
}

test_aws_null_tags_is_denied if {
	count(violations) == 1 with input as plan([create("aws_instance", "web", {"tags": null})])
}

test_aws_default_tags_in_tags_all_count if {
	after := {"tags": {"owner": "team-a"}, "tags_all": all_tags}
	count(violations) == 0 with input as plan([create("aws_instance", "web", after)])
}

test_aws_null_tags_with_full_tags_all_passes if {
	count(violations) == 0 with input as plan([create("aws_vpc", "main", {"tags": null, "tags_all": all_tags})])
}

test_tag_known_after_apply_counts if {
	rc := with_unknown(create("aws_instance", "web", {"tags": {"owner": "a", "bu": "b"}}), {"tags": {"env": true}})
	count(violations) == 0 with input as plan([rc])
}

test_empty_tag_value_counts_as_missing if {
	some v in violations with input as plan([create("aws_instance", "web", {"tags": {"owner": "", "env": "dev", "bu": " "}})])
	contains(v.message, "missing required tags: bu, owner")
}

test_sensitive_tag_value_counts_as_present if {
	count(violations) == 0 with input as plan([create("aws_instance", "web", {"tags": object.union(all_tags, {"owner": "(sensitive)"})})])
}

test_tag_keys_are_case_sensitive if {
	count(violations) == 1 with input as plan([create("aws_instance", "web", {"tags": {"Owner": "a", "env": "b", "bu": "c"}})])
}

test_azure_resource_without_tags_is_denied if {
	hits(violations) == {["missing_required_tags", "azurerm_resource_group.rg"]} with input as plan([create("azurerm_resource_group", "rg", {"name": "rg", "tags": {}})])
}

test_azure_resource_with_tags_passes if {
	count(violations) == 0 with input as plan([create("azurerm_resource_group", "rg", {"tags": all_tags})])
}

test_google_resource_without_labels_is_denied if {
	some v in violations with input as plan([create("google_storage_bucket", "b", {"labels": {"owner": "a"}})])
	contains(v.message, "missing required labels: bu, env")
	contains(v.message, "default_labels")
}

test_google_resource_with_labels_passes if {
	count(violations) == 0 with input as plan([create("google_compute_instance", "vm", {"labels": all_tags})])
}

test_google_provider_default_labels_count if {
	after := {"labels": {}, "terraform_labels": all_tags, "effective_labels": all_tags}
	count(violations) == 0 with input as plan([create("google_compute_instance", "vm", after)])
}

test_google_tags_attribute_is_not_labels if {
	# google_compute_instance.tags are network tags, not labels
	count(violations) == 1 with input as plan([create("google_compute_instance", "vm", {"tags": ["web"], "labels": null})])
}

test_type_without_tags_attribute_is_not_taggable if {
	count(violations) == 0 with input as plan([
		create("aws_iam_role_policy_attachment", "a", {"role": "r", "policy_arn": "arn"}),
		create("azurerm_role_assignment", "b", {"scope": "s"}),
		create("google_project_iam_member", "c", {"member": "m"}),
	])
}

test_other_providers_are_not_checked if {
	count(violations) == 0 with input as plan([create("kubernetes_namespace", "ns", {"tags": {}})])
}

test_update_is_checked if {
	count(violations) == 1 with input as plan([update("aws_instance", "web", {"tags": {}})])
}

test_replace_is_checked if {
	count(violations) == 1 with input as plan([replace("aws_instance", "web", {"tags": {}})])
}

test_delete_no_op_and_read_are_ignored if {
	count(violations) == 0 with input as plan([
		delete("aws_instance", "a"),
		no_op("aws_instance", "b", {"tags": {}}),
		read("aws_instance", "c"),
	])
}

test_exempt_types if {
	count(violations) == 0 with input as plan([create("aws_instance", "web", {"tags": {}})])
		with data.platform.required_tags_exempt_types as ["aws_instance"]
}

test_exempt_types_accept_glob_patterns if {
	changes := plan([create("aws_iam_role", "r", {"tags": {}}), create("aws_instance", "web", {"tags": {}})])
	hits(violations) == {["missing_required_tags", "aws_instance.web"]} with input as changes
		with data.platform.required_tags_exempt_types as ["aws_iam_*"]
}

test_required_tags_override if {
	changes := plan([create("aws_instance", "web", {"tags": {"team": "a"}})])
	count(violations) == 0 with input as changes with data.platform.required_tags as ["team"]
	some v in violations with input as changes with data.platform.required_tags as ["team", "cost-center"]
	contains(v.message, "missing required tags: cost-center.")
}

test_no_required_tags_disables_the_rule if {
	count(violations) == 0 with input as plan([create("aws_instance", "web", {"tags": {}})])
		with data.platform.required_tags as []
}
