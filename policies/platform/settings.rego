# METADATA
# title: Policy settings
# description: |
#   Every setting the rules read, resolved in this order: the user's data
#   document (data.platform.<key>), the shipped defaults (policies/data.json,
#   data.platform.defaults.<key>), then the built-in defaults below, so the
#   library also works with no data at all. A value of the wrong type is
#   ignored (the next layer applies) and reported by the invalid_setting rule.
package platform.settings

# Built-in defaults; policies/data.json ships the same values (a test keeps
# the two in step).
builtin := {
	"environment": "",
	"production_environments": ["production", "prod"],
	"protected_types": [
		# databases and other data stores
		"aws_db_instance",
		"aws_rds_cluster",
		"aws_dynamodb_table",
		"aws_docdb_cluster",
		"aws_neptune_cluster",
		"aws_redshift_cluster",
		"aws_opensearch_domain",
		"azurerm_postgresql_flexible_server",
		"azurerm_postgresql_server",
		"azurerm_mysql_flexible_server",
		"azurerm_mssql_server",
		"azurerm_mssql_database",
		"azurerm_cosmosdb_account",
		"google_sql_database_instance",
		"google_sql_database",
		"google_spanner_instance",
		"google_spanner_database",
		"google_bigtable_instance",
		"google_bigquery_dataset",
		"google_alloydb_cluster",
		# buckets and storage accounts (state, backups, data)
		"aws_s3_bucket",
		"google_storage_bucket",
		"azurerm_storage_account",
		"azurerm_storage_container",
		# DNS zones
		"aws_route53_zone",
		"azurerm_dns_zone",
		"azurerm_private_dns_zone",
		"google_dns_managed_zone",
		# keys and key vaults
		"aws_kms_key",
		"azurerm_key_vault",
		"azurerm_key_vault_key",
		"google_kms_crypto_key",
		# Kubernetes clusters
		"aws_eks_cluster",
		"azurerm_kubernetes_cluster",
		"google_container_cluster",
	],
	"required_tags": ["owner", "env", "bu"],
	"required_tags_exempt_types": [],
	"admin_ports": [22, 3389, 5432, 3306, 1433, 6443, 27017, 9200],
	"max_deletions": 10,
	"require_gcs_public_access_prevention": false,
}

# Expected shape of each setting, used for validation.
kinds := {
	"environment": "string",
	"production_environments": "string_list",
	"protected_types": "string_list",
	"required_tags": "string_list",
	"required_tags_exempt_types": "string_list",
	"admin_ports": "port_list",
	"max_deletions": "count",
	"require_gcs_public_access_prevention": "boolean",
}

describe_kind := {
	"string": "a string",
	"string_list": "a list of non-empty strings",
	"port_list": "a list of port numbers (integers from 0 to 65535)",
	"count": "a whole number, 0 or more",
	"boolean": "true or false",
}

# Values supplied in the user's data document. Each key is named explicitly:
# data.platform also holds the policy packages, so it cannot be indexed by a
# variable key from inside them.
supplied["environment"] := data.platform.environment

supplied["production_environments"] := data.platform.production_environments

supplied["protected_types"] := data.platform.protected_types

supplied["required_tags"] := data.platform.required_tags

supplied["required_tags_exempt_types"] := data.platform.required_tags_exempt_types

supplied["admin_ports"] := data.platform.admin_ports

supplied["max_deletions"] := data.platform.max_deletions

supplied["require_gcs_public_access_prevention"] := data.platform.require_gcs_public_access_prevention

# Values from the shipped defaults document (policies/data.json).
shipped[key] := value if {
	some key, value in data.platform.defaults
	kinds[key]
}

valid(key, value) if {
	kinds[key] == "string"
	is_string(value)
}

valid(key, value) if {
	kinds[key] == "string_list"
	is_array(value)
	every item in value {
		is_string(item)
		item != ""
	}
}

valid(key, value) if {
	kinds[key] == "port_list"
	is_array(value)
	every port in value {
		_is_port(port)
	}
}

valid(key, value) if {
	kinds[key] == "count"
	is_number(value)
	value >= 0
	value == floor(value)
}

valid(key, value) if {
	kinds[key] == "boolean"
	is_boolean(value)
}

_is_port(port) if {
	is_number(port)
	port == floor(port)
	port >= 0
	port <= 65535
}

# Settings that were supplied with the wrong type: {"key", "source", "value", "expected"}.
invalid contains {"key": key, "source": "data.platform", "value": value, "expected": describe_kind[kinds[key]]} if {
	some key, value in supplied
	not valid(key, value)
}

invalid contains {"key": key, "source": "data.platform.defaults", "value": value, "expected": describe_kind[kinds[key]]} if {
	some key, value in shipped
	not valid(key, value)
}

value(key) := v if {
	v := supplied[key]
	valid(key, v)
} else := v if {
	v := shipped[key]
	valid(key, v)
} else := builtin[key]

environment := value("environment")

production_environments := value("production_environments")

protected_types := value("protected_types")

required_tags := value("required_tags")

required_tags_exempt_types := value("required_tags_exempt_types")

admin_ports := {port | some port in value("admin_ports")}

max_deletions := value("max_deletions")

require_gcs_public_access_prevention := value("require_gcs_public_access_prevention")

# The environment is compared without regard to case or surrounding spaces.
is_production if {
	some name in production_environments
	lower(trim_space(name)) == lower(trim_space(environment))
}

# Type lists accept exact resource types or glob patterns ("aws_iam_*").
type_in(resource_type, patterns) if {
	some pattern in patterns
	glob.match(pattern, [], resource_type)
}

is_protected_type(resource_type) if type_in(resource_type, protected_types)

is_tag_exempt_type(resource_type) if type_in(resource_type, required_tags_exempt_types)
