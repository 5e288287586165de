package platform.rules.module_pinning_test

import data.platform.rules.module_pinning.violations

config(calls) := {"format_version": "1.2", "resource_changes": [], "configuration": {"root_module": {"module_calls": calls}}}

call(source, version) := {"source": source, "version_constraint": version} if version != null

else := {"source": source}

warned(source, version) if {
	some v in violations with input as config({"m": call(source, version)})
	v.rule == "unpinned_module"
	v.severity == "warning"
	v.address == "module.m"
}

# --- registry modules -----------------------------------------------------------

test_registry_module_without_version_warns if {
	some v in violations with input as config({"vpc": call("terraform-aws-modules/vpc/aws", null)})
	v.address == "module.vpc"
	v.severity == "warning"
	contains(v.message, "with no version constraint")
}

test_registry_module_with_range_constraint_warns if {
	every constraint in ["~> 5.0", ">= 5.1.0", "5.1.0, < 6.0.0", "!= 5.0.0", "5.1", "~> 5.1.2"] {
		warned("terraform-aws-modules/vpc/aws", constraint)
	}
}

test_registry_module_with_exact_version_passes if {
	every constraint in ["5.1.2", "=5.1.2", "= 5.1.2", "5.1.2-beta.1"] {
		not warned("terraform-aws-modules/vpc/aws", constraint)
	}
}

test_registry_module_with_host_and_subdirectory_is_checked if {
	warned("registry.opentofu.org/terraform-aws-modules/iam/aws//modules/iam-role", "~> 5.0")
	warned("app.terraform.io/acme/network/azurerm", null)
	not warned("app.terraform.io/acme/network/azurerm", "1.4.0")
}

# --- git modules ----------------------------------------------------------------

test_git_module_without_ref_warns if {
	some v in violations with input as config({"m": call("git::https://github.com/acme/modules.git//vpc", null)})
	contains(v.message, "with no ?ref=")
}

test_git_module_with_branch_ref_warns if {
	some v in violations with input as config({"m": call("git::https://github.com/acme/modules.git//vpc?ref=main", null)})
	contains(v.message, "with ref \"main\"")
}

test_git_module_with_short_sha_warns if {
	warned("git::https://example.com/acme/modules.git?ref=8f3c2a1", null)
}

test_git_module_with_tag_or_full_sha_passes if {
	every source in [
		"git::https://github.com/acme/modules.git//vpc?ref=v1.2.3",
		"git::https://github.com/acme/modules.git?ref=1.2.3",
		"git::https://github.com/acme/modules.git?depth=1&ref=vpc-v1.2.3",
		"git::ssh://git@github.com/acme/modules.git?ref=8f3c2a1d9b7e6f5a4c3b2a1908f7e6d5c4b3a291",
		"git@github.com:acme/modules.git?ref=v2.0.0",
		"github.com/acme/modules?ref=v0.4.1",
	] {
		not warned(source, null)
	}
}

test_git_shorthands_without_ref_warn if {
	every source in [
		"git@github.com:acme/modules.git",
		"github.com/acme/terraform-modules",
		"bitbucket.org/acme/terraform-modules",
		"git::ssh://git@example.com/acme/modules.git",
	] {
		warned(source, null)
	}
}

# --- other sources ------------------------------------------------------------

test_local_paths_pass if {
	not warned("./modules/network", null)
	not warned("../shared/network", null)
}

test_other_sources_are_not_judged if {
	not warned("https://example.com/modules/vpc.zip", null)
	not warned("s3::https://s3-eu-west-1.amazonaws.com/acme-modules/vpc.zip", null)
}

# --- structure ----------------------------------------------------------------

test_nested_module_calls_are_checked if {
	calls := {"platform": {
		"source": "./modules/platform",
		"module": {"module_calls": {
			"vpc": call("terraform-aws-modules/vpc/aws", "~> 5.0"),
			"db": {
				"source": "../db",
				"module": {"module_calls": {"kms": call("git::https://github.com/acme/kms.git", null)}},
			},
		}},
	}}
	{v.address | some v in violations} == {"module.platform.module.vpc", "module.platform.module.db.module.kms"} with input as config(calls)
}

test_plan_without_configuration_passes if {
	count(violations) == 0 with input as {"format_version": "1.2", "resource_changes": []}
}

test_warnings_do_not_depend_on_environment if {
	warned("terraform-aws-modules/vpc/aws", null) with data.platform.environment as "production"
}
