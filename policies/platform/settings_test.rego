package platform.settings_test

import data.platform.settings

test_shipped_defaults_match_built_in_defaults if {
	data.platform.defaults == settings.builtin
}

test_built_in_defaults_apply_without_any_data if {
	settings.max_deletions == 10 with data.platform.defaults as {}
	settings.required_tags == ["owner", "env", "bu"] with data.platform.defaults as {}
	settings.admin_ports == {22, 3389, 5432, 3306, 1433, 6443, 27017, 9200} with data.platform.defaults as {}
	settings.require_gcs_public_access_prevention == false with data.platform.defaults as {}
	settings.environment == "" with data.platform.defaults as {}
	not settings.is_production with data.platform.defaults as {}
}

test_user_value_beats_shipped_default if {
	settings.max_deletions == 3 with data.platform.max_deletions as 3
		with data.platform.defaults.max_deletions as 7
}

test_shipped_default_beats_built_in if {
	settings.max_deletions == 7 with data.platform.defaults.max_deletions as 7
}

test_invalid_user_value_falls_back if {
	settings.max_deletions == 7 with data.platform.max_deletions as "3"
		with data.platform.defaults.max_deletions as 7
	settings.max_deletions == 10 with data.platform.max_deletions as "3"
		with data.platform.defaults as {}
}

test_each_setting_can_be_overridden if {
	settings.environment == "qa" with data.platform.environment as "qa"
	settings.production_environments == ["live"] with data.platform.production_environments as ["live"]
	settings.protected_types == ["aws_instance"] with data.platform.protected_types as ["aws_instance"]
	settings.required_tags == ["team"] with data.platform.required_tags as ["team"]
	settings.required_tags_exempt_types == ["aws_iam_*"] with data.platform.required_tags_exempt_types as ["aws_iam_*"]
	settings.admin_ports == {2222} with data.platform.admin_ports as [2222]
	settings.max_deletions == 0 with data.platform.max_deletions as 0
	settings.require_gcs_public_access_prevention == true with data.platform.require_gcs_public_access_prevention as true
}

test_is_production if {
	settings.is_production with data.platform.environment as "production"
	settings.is_production with data.platform.environment as "prod"
	settings.is_production with data.platform.environment as " PROD "
	not settings.is_production with data.platform.environment as "production-eu"
	not settings.is_production with data.platform.environment as "dev"
	settings.is_production with data.platform.environment as "prd"
		with data.platform.production_environments as ["prd", "prod-eu"]
}

test_type_patterns if {
	settings.type_in("aws_iam_role", ["aws_iam_*"])
	settings.type_in("aws_iam_role", ["aws_iam_role"])
	not settings.type_in("aws_iam_role_policy", ["aws_iam_role"])
	not settings.type_in("aws_iam_role", [])
}
