package platform.rules.public_buckets_test

import data.platform.fixtures.create
import data.platform.fixtures.delete
import data.platform.fixtures.hits
import data.platform.fixtures.no_op
import data.platform.fixtures.plan
import data.platform.fixtures.update
import data.platform.fixtures.with_unknown
import data.platform.rules.public_buckets.violations

# --- S3 public access block -----------------------------------------------------

pab(overrides) := create("aws_s3_bucket_public_access_block", "b", object.union(
	{"bucket": "b", "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true},
	overrides,
))

test_s3_public_access_block_all_true_passes if {
	count(violations) == 0 with input as plan([pab({})])
}

test_s3_public_access_block_each_flag_false_is_denied if {
	every flag in ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"] {
		some v in violations with input as plan([pab({flag: false})])
		v.rule == "public_bucket"
		v.severity == "error"
		v.address == "aws_s3_bucket_public_access_block.b"
		contains(v.message, sprintf("(%s set to false)", [flag]))
	}
}

test_s3_public_access_block_lists_every_flag_off if {
	some v in violations with input as plan([pab({"block_public_acls": false, "restrict_public_buckets": false})])
	contains(v.message, "(block_public_acls, restrict_public_buckets set to false)")
}

test_s3_public_access_block_unknown_flag_is_not_judged if {
	rc := create("aws_s3_bucket_public_access_block", "b", {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true})
	count(violations) == 0 with input as plan([with_unknown(rc, {"restrict_public_buckets": true})])
}

test_s3_account_public_access_block_is_checked if {
	rc := create("aws_s3_account_public_access_block", "acct", {"block_public_acls": false, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true})
	count(violations) == 1 with input as plan([rc])
}

# --- S3 ACLs ------------------------------------------------------------------

test_s3_public_acls_are_denied if {
	every acl in ["public-read", "public-read-write", "authenticated-read"] {
		some v in violations with input as plan([create("aws_s3_bucket_acl", "b", {"acl": acl})])
		contains(v.message, sprintf("canned ACL %q", [acl]))
	}
}

test_s3_private_acl_passes if {
	count(violations) == 0 with input as plan([create("aws_s3_bucket_acl", "b", {"acl": "private"})])
}

test_s3_acl_grant_to_all_users_is_denied if {
	rc := create("aws_s3_bucket_acl", "b", {"acl": null, "access_control_policy": [{
		"grant": [{"permission": "READ", "grantee": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"}]}],
		"owner": [{"id": "abc"}],
	}]})
	count(violations) == 1 with input as plan([rc])
}

test_s3_legacy_bucket_acl_argument_is_denied if {
	count(violations) == 1 with input as plan([create("aws_s3_bucket", "b", {"bucket": "b", "acl": "public-read"})])
}

# --- S3 bucket policies -----------------------------------------------------------

bucket_policy(document) := create("aws_s3_bucket_policy", "p", {"bucket": "b", "policy": json.marshal(document)})

public_statement := {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}

test_s3_policy_allowing_everyone_is_denied if {
	some v in violations with input as plan([bucket_policy({"Version": "2012-10-17", "Statement": [public_statement]})])
	contains(v.message, "allows Principal \"*\" (statement \"PublicRead\")")
}

test_s3_policy_single_statement_object_and_aws_star_is_denied if {
	statement := object.union(public_statement, {"Principal": {"AWS": ["*"]}})
	count(violations) == 1 with input as plan([bucket_policy({"Statement": object.remove(statement, ["Sid"])})])
}

test_s3_policy_deny_everyone_passes if {
	statement := object.union(public_statement, {"Effect": "Deny", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})
	count(violations) == 0 with input as plan([bucket_policy({"Statement": [statement]})])
}

test_s3_policy_scoped_principal_passes if {
	statement := object.union(public_statement, {"Principal": {"AWS": "arn:aws:iam::123456789012:root"}})
	count(violations) == 0 with input as plan([bucket_policy({"Statement": [statement]})])
}

test_s3_policy_star_restricted_by_condition_passes if {
	statement := object.union(public_statement, {"Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1234"}}})
	count(violations) == 0 with input as plan([bucket_policy({"Statement": [statement]})])
}

test_s3_policy_star_limited_to_office_ips_passes if {
	statement := object.union(public_statement, {"Condition": {"IpAddress": {"aws:SourceIp": ["198.51.100.0/24"]}}})
	count(violations) == 0 with input as plan([bucket_policy({"Statement": [statement]})])
}

test_s3_policy_star_with_world_source_ip_is_denied if {
	statement := object.union(public_statement, {"Condition": {"IpAddress": {"aws:SourceIp": ["0.0.0.0/0"]}}})
	count(violations) == 1 with input as plan([bucket_policy({"Statement": [statement]})])
}

test_s3_policy_sensitive_or_invalid_is_not_judged if {
	count(violations) == 0 with input as plan([create("aws_s3_bucket_policy", "p", {"policy": "(sensitive)"})])
	count(violations) == 0 with input as plan([create("aws_s3_bucket_policy", "p", {"policy": "{not json"})])
}

# --- Cloud Storage --------------------------------------------------------------

test_gcs_iam_member_public_is_denied if {
	every member in ["allUsers", "allAuthenticatedUsers"] {
		rc := create("google_storage_bucket_iam_member", "m", {"bucket": "b", "role": "roles/storage.objectViewer", "member": member})
		some v in violations with input as plan([rc])
		contains(v.message, sprintf("grants roles/storage.objectViewer on the bucket to %s", [member]))
	}
}

test_gcs_iam_member_specific_passes if {
	rc := create("google_storage_bucket_iam_member", "m", {"role": "roles/storage.objectViewer", "member": "group:data@example.com"})
	count(violations) == 0 with input as plan([rc])
}

test_gcs_iam_binding_public_is_denied if {
	rc := create("google_storage_bucket_iam_binding", "b", {"role": "roles/storage.objectViewer", "members": ["user:a@example.com", "allUsers"]})
	hits(violations) == {["public_bucket", "google_storage_bucket_iam_binding.b"]} with input as plan([rc])
}

test_gcs_iam_binding_specific_passes if {
	rc := create("google_storage_bucket_iam_binding", "b", {"role": "roles/storage.objectViewer", "members": ["user:a@example.com"]})
	count(violations) == 0 with input as plan([rc])
}

test_gcs_iam_policy_public_is_denied if {
	policy := json.marshal({"bindings": [{"role": "roles/storage.objectViewer", "members": ["allAuthenticatedUsers"]}]})
	count(violations) == 1 with input as plan([create("google_storage_bucket_iam_policy", "p", {"policy_data": policy})])
}

test_gcs_access_control_public_is_denied if {
	rc := create("google_storage_bucket_access_control", "a", {"bucket": "b", "role": "READER", "entity": "allUsers"})
	count(violations) == 1 with input as plan([rc])
}

test_gcs_public_access_prevention_not_required_by_default if {
	count(violations) == 0 with input as plan([create("google_storage_bucket", "b", {"public_access_prevention": "inherited"})])
}

test_gcs_public_access_prevention_required_by_setting if {
	some v in violations with input as plan([create("google_storage_bucket", "b", {"public_access_prevention": "inherited"})])
		with data.platform.require_gcs_public_access_prevention as true
	contains(v.message, "public_access_prevention is \"inherited\"")
	contains(v.message, "require_gcs_public_access_prevention")
}

test_gcs_public_access_prevention_unset_is_not_enforced if {
	rc := with_unknown(create("google_storage_bucket", "b", {"name": "b"}), {"public_access_prevention": true})
	some v in violations with input as plan([rc]) with data.platform.require_gcs_public_access_prevention as true
	contains(v.message, "public_access_prevention is not set")
}

test_gcs_public_access_prevention_enforced_passes if {
	count(violations) == 0 with input as plan([create("google_storage_bucket", "b", {"public_access_prevention": "enforced"})])
		with data.platform.require_gcs_public_access_prevention as true
}

# --- Azure ------------------------------------------------------------------

test_azure_storage_account_allowing_public_containers_is_denied if {
	rc := create("azurerm_storage_account", "sa", {"name": "sa", "allow_nested_items_to_be_public": true})
	some v in violations with input as plan([rc])
	contains(v.message, "allow_nested_items_to_be_public = true")
}

test_azure_storage_account_private_passes if {
	rc := create("azurerm_storage_account", "sa", {"name": "sa", "allow_nested_items_to_be_public": false})
	count(violations) == 0 with input as plan([rc])
}

test_azure_public_containers_are_denied if {
	every access in ["blob", "container"] {
		count(violations) == 1 with input as plan([create("azurerm_storage_container", "c", {"container_access_type": access})])
	}
}

test_azure_private_container_passes if {
	count(violations) == 0 with input as plan([create("azurerm_storage_container", "c", {"container_access_type": "private"})])
}

# --- actions ------------------------------------------------------------------

test_update_is_checked if {
	count(violations) == 1 with input as plan([update("azurerm_storage_container", "c", {"container_access_type": "blob"})])
}

test_delete_and_no_op_are_ignored if {
	count(violations) == 0 with input as plan([
		delete("aws_s3_bucket_acl", "a"),
		no_op("aws_s3_bucket_acl", "b", {"acl": "public-read"}),
	])
}
