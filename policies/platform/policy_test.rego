package platform.policy_test

import data.platform.fixtures.create
import data.platform.fixtures.delete
import data.platform.fixtures.plan
import data.platform.policy

tags := {"owner": "team-a", "env": "prod", "bu": "retail"}

clean_plan := plan([
	create("aws_instance", "web", {"tags": tags}),
	create("aws_s3_bucket_public_access_block", "b", {
		"block_public_acls": true, "block_public_policy": true,
		"ignore_public_acls": true, "restrict_public_buckets": true,
	}),
])

# One error from every resource rule, plus a module warning.
bad_plan := object.union(
	plan(array.concat(
		[
			delete("aws_db_instance", "main"),
			create("aws_instance", "untagged", {"tags": {}}),
			create("aws_security_group_rule", "ssh", {"type": "ingress", "protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]}),
			create("azurerm_storage_container", "c", {"container_access_type": "blob"}),
		],
		[delete("aws_instance", sprintf("old%d", [i])) | some i in numbers.range(1, 10)],
	)),
	{"configuration": {"root_module": {"module_calls": {"vpc": {"source": "terraform-aws-modules/vpc/aws"}}}}},
)

warning_only_plan := object.union(clean_plan, {"configuration": {"root_module": {"module_calls": {"vpc": {"source": "terraform-aws-modules/vpc/aws"}}}}})

test_clean_plan_passes if {
	count(policy.violations) == 0 with input as clean_plan
	policy.result == "passed" with input as clean_plan
}

test_empty_plan_passes if {
	policy.result == "passed" with input as plan([])
	policy.result == "passed" with input as {}
}

test_warnings_alone_pass if {
	policy.result == "passed" with input as warning_only_plan
	policy.summary == {"result": "passed", "errors": 0, "warnings": 1} with input as warning_only_plan
}

test_errors_fail if {
	policy.result == "failed" with input as bad_plan with data.platform.environment as "production"
}

test_every_rule_contributes if {
	{v.rule | some v in policy.violations} == {
		"protected_resource_delete",
		"missing_required_tags",
		"public_admin_port",
		"public_bucket",
		"too_many_deletions",
		"unpinned_module",
	} with input as bad_plan
		with data.platform.environment as "production"
}

test_invalid_setting_fails_the_run if {
	some v in policy.violations with input as clean_plan with data.platform.max_deletions as "ten"
	v.rule == "invalid_setting"
	policy.result == "failed" with input as clean_plan with data.platform.max_deletions as "ten"
}

test_violations_follow_the_contract if {
	vs := policy.violations with input as bad_plan with data.platform.environment as "production"
	count(vs) > 0
	every v in vs {
		object.keys(v) == {"rule", "severity", "address", "message"}
		v.severity in {"error", "warning"}
		is_string(v.rule)
		v.address != ""
		names_its_address(v)
	}
}

names_its_address(v) if contains(v.message, v.address)

names_its_address(v) if v.address == "plan"

test_summary_counts if {
	policy.summary == {"result": "failed", "errors": 5, "warnings": 1} with input as bad_plan
		with data.platform.environment as "production"
}
