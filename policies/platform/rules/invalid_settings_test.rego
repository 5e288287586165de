package platform.rules.invalid_settings_test

import data.platform.rules.invalid_settings.violations

test_valid_settings_produce_no_violation if {
	count(violations) == 0 with data.platform.environment as "production"
		with data.platform.max_deletions as 3
		with data.platform.admin_ports as [22]
		with data.platform.required_tags as ["team"]
		with data.platform.require_gcs_public_access_prevention as true
}

test_shipped_defaults_are_valid if {
	count(violations) == 0
}

test_wrong_types_are_reported if {
	vs := violations with data.platform.max_deletions as "10"
		with data.platform.admin_ports as ["22"]
		with data.platform.environment as ["prod"]
		with data.platform.production_environments as "prod"
		with data.platform.protected_types as [""]
		with data.platform.required_tags as "owner"
		with data.platform.required_tags_exempt_types as [1]
		with data.platform.require_gcs_public_access_prevention as "yes"
	{v.address | some v in vs} == {
		"data.platform.max_deletions",
		"data.platform.admin_ports",
		"data.platform.environment",
		"data.platform.production_environments",
		"data.platform.protected_types",
		"data.platform.required_tags",
		"data.platform.required_tags_exempt_types",
		"data.platform.require_gcs_public_access_prevention",
	}
	every v in vs {
		v.rule == "invalid_setting"
		v.severity == "error"
	}
}

test_message_names_value_and_expected_type if {
	some v in violations with data.platform.max_deletions as -1
	v.message == "The setting data.platform.max_deletions is -1, but it must be a whole number, 0 or more; the default value is used instead until it is fixed. Correct the value in the policy data file."
}

test_out_of_range_ports_and_fractions_are_reported if {
	count(violations) == 1 with data.platform.admin_ports as [22, 70000]
	count(violations) == 1 with data.platform.max_deletions as 2.5
}

test_invalid_shipped_default_is_reported if {
	some v in violations with data.platform.defaults.max_deletions as "ten"
	v.address == "data.platform.defaults.max_deletions"
}
