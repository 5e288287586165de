package platform.rules.protected_resources_test

import data.platform.fixtures.delete
import data.platform.fixtures.hits
import data.platform.fixtures.no_op
import data.platform.fixtures.plan
import data.platform.fixtures.read
import data.platform.fixtures.replace
import data.platform.fixtures.replace_cbd
import data.platform.fixtures.resource
import data.platform.fixtures.update
import data.platform.rules.protected_resources.violations

db := {"engine": "postgres", "tags": {"owner": "a", "env": "b", "bu": "c"}}

test_delete_of_protected_type_in_production_is_denied if {
	hits(violations) == {["protected_resource_delete", "aws_db_instance.main"]} with input as plan([delete("aws_db_instance", "main")])
		with data.platform.environment as "production"
}

test_each_protected_category_is_denied_in_production if {
	every resource_type in [
		"aws_db_instance", "aws_rds_cluster", "azurerm_postgresql_flexible_server", "azurerm_mssql_database",
		"google_sql_database_instance", "aws_s3_bucket", "google_storage_bucket", "azurerm_storage_account",
		"aws_route53_zone", "azurerm_dns_zone", "google_dns_managed_zone", "aws_kms_key", "azurerm_key_vault_key",
		"azurerm_key_vault", "google_kms_crypto_key", "aws_eks_cluster", "azurerm_kubernetes_cluster",
		"google_container_cluster",
	] {
		count(violations) == 1 with input as plan([delete(resource_type, "x")])
			with data.platform.environment as "production"
	}
}

test_replace_counts_as_delete if {
	hits(violations) == {["protected_resource_delete", "aws_rds_cluster.main"]} with input as plan([replace("aws_rds_cluster", "main", db)])
		with data.platform.environment as "production"
}

test_create_before_destroy_replace_counts_as_delete if {
	count(violations) == 1 with input as plan([replace_cbd("google_container_cluster", "gke", {"name": "gke"})])
		with data.platform.environment as "prod"
}

test_replace_message_names_the_forcing_attributes if {
	rc := object.union(replace("aws_db_instance", "main", db), {"change": {"replace_paths": [["engine"], ["storage", 0, "type"]]}})
	some v in violations with input as plan([rc]) with data.platform.environment as "production"
	contains(v.message, "would be replaced")
	contains(v.message, "forced by: engine, storage.0.type")
	contains(v.message, "protected_types")
}

test_delete_message_says_deleted if {
	some v in violations with input as plan([delete("aws_route53_zone", "main")]) with data.platform.environment as "production"
	contains(v.message, "aws_route53_zone.main would be deleted in production environment \"production\"")
}

test_delete_message_explains_removed_configuration if {
	rc := object.union(delete("aws_kms_key", "main"), {"action_reason": "delete_because_no_resource_config"})
	some v in violations with input as plan([rc]) with data.platform.environment as "production"
	contains(v.message, "removed from the configuration")
}

test_deposed_object_delete_is_denied if {
	rc := object.union(delete("aws_db_instance", "main"), {"deposed": "00000001"})
	some v in violations with input as plan([rc]) with data.platform.environment as "production"
	contains(v.message, "(deposed object)")
}

test_outside_production_is_allowed if {
	count(violations) == 0 with input as plan([delete("aws_db_instance", "main")])
		with data.platform.environment as "staging"
}

test_no_environment_is_not_production if {
	count(violations) == 0 with input as plan([delete("aws_db_instance", "main")])
}

test_environment_match_ignores_case if {
	count(violations) == 1 with input as plan([delete("aws_db_instance", "main")])
		with data.platform.environment as "Production"
}

test_unprotected_type_delete_is_allowed if {
	count(violations) == 0 with input as plan([delete("aws_instance", "web")])
		with data.platform.environment as "production"
}

test_update_no_op_and_read_are_ignored if {
	count(violations) == 0 with input as plan([
		update("aws_db_instance", "a", db),
		no_op("aws_s3_bucket", "b", {"bucket": "b"}),
		read("aws_kms_key", "c"),
	])
		with data.platform.environment as "production"
}

test_data_mode_is_ignored if {
	rc := object.union(resource("aws_s3_bucket", "b", ["delete"], {}, null), {"mode": "data"})
	count(violations) == 0 with input as plan([rc]) with data.platform.environment as "production"
}

test_protected_types_override if {
	changes := plan([delete("aws_db_instance", "main"), delete("aws_lambda_function", "fn")])
	hits(violations) == {["protected_resource_delete", "aws_lambda_function.fn"]} with input as changes
		with data.platform.environment as "production"
		with data.platform.protected_types as ["aws_lambda_function"]
}

test_protected_types_accept_glob_patterns if {
	count(violations) == 1 with input as plan([delete("aws_elasticache_replication_group", "r")])
		with data.platform.environment as "production"
		with data.platform.protected_types as ["aws_elasticache_*"]
}

test_production_environments_override if {
	count(violations) == 1 with input as plan([delete("aws_db_instance", "main")])
		with data.platform.environment as "live"
		with data.platform.production_environments as ["live"]
	count(violations) == 0 with input as plan([delete("aws_db_instance", "main")])
		with data.platform.environment as "production"
		with data.platform.production_environments as ["live"]
}

test_empty_plan_passes if {
	count(violations) == 0 with input as {} with data.platform.environment as "production"
}
