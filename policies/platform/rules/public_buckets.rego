# METADATA
# title: public_bucket
# description: |
#   Deny object storage that is, or can be made, readable by anyone:
#   S3 public access blocks with a flag off, public S3 ACLs and bucket
#   policies that allow Principal "*", Cloud Storage IAM grants to allUsers or
#   allAuthenticatedUsers (and, when require_gcs_public_access_prevention is
#   true, buckets without public access prevention enforced), Azure storage
#   accounts that allow public containers and public containers.
#   Settings: require_gcs_public_access_prevention.
package platform.rules.public_buckets

import data.platform.lib
import data.platform.settings

violations contains {
	"rule": "public_bucket",
	"severity": "error",
	"address": rc.address,
	"message": sprintf("%s %s. %s", [rc.address, problem, fix]),
} if {
	some rc in lib.changed_resources
	some [problem, fix] in findings(rc)
}

# findings(rc) is a set of [what is wrong, how to fix it] pairs.

# --- AWS --------------------------------------------------------------------

public_access_block_flags := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

# A flag absent from the planned values is known only after apply and is not judged.
findings(rc) := {[
	sprintf("turns off public access blocking (%s set to false)", [lib.join_sorted(off)]),
	"Set all four flags (block_public_acls, block_public_policy, ignore_public_acls, restrict_public_buckets) to true.",
] |
	off := {flag |
		some flag in public_access_block_flags
		object.keys(rc.change.after)[flag]
		rc.change.after[flag] != true
	}
	count(off) > 0
} if rc.type in {"aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"}

public_canned_acls := {"public-read", "public-read-write", "authenticated-read"}

public_grantee_uris := {
	"http://acs.amazonaws.com/groups/global/AllUsers",
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
}

# aws_s3_bucket_acl, and the deprecated acl / policy arguments of aws_s3_bucket.
findings(rc) := acl_findings(rc.change.after) | policy_findings(rc.change.after) if {
	rc.type in {"aws_s3_bucket_acl", "aws_s3_bucket"}
}

findings(rc) := policy_findings(rc.change.after) if rc.type == "aws_s3_bucket_policy"

acl_findings(after) := {[
	sprintf("grants public access with the canned ACL %q", [after.acl]),
	"Use acl = \"private\" and grant access through IAM or a bucket policy scoped to known principals.",
] |
	after.acl in public_canned_acls
} | {[
	sprintf("grants access to everyone through an ACL grant to %s", [grantee.uri]),
	"Remove the grant to the AllUsers / AuthenticatedUsers group.",
] |
	some policy in lib.list_of(after.access_control_policy)
	some grant in lib.list_of(policy.grant)
	some grantee in lib.list_of(grant.grantee)
	grantee.uri in public_grantee_uris
}

# A policy still "(sensitive)" or not valid JSON cannot be judged.
policy_findings(after) := {[
	sprintf("has a bucket policy that allows Principal \"*\" (statement %s)", [statement_label(statement, i)]),
	"Scope the statement's Principal to known accounts or roles, or restrict it with a condition such as aws:SourceVpce, aws:PrincipalOrgID or aws:SourceArn.",
] |
	is_string(after.policy)
	after.policy != "(sensitive)"
	json.is_valid(after.policy)
	document := json.unmarshal(after.policy)
	some i, statement in lib.list_of(document.Statement)
	statement.Effect == "Allow"
	anyone(statement.Principal)
	not restricted(statement)
}

statement_label(statement, index) := sprintf("%q", [statement.Sid]) if {
	is_string(statement.Sid)
	statement.Sid != ""
} else := sprintf("#%d", [index + 1])

anyone("*")

anyone(principal) if "*" in lib.strings_of(principal.AWS)

# Conditions that limit a statement to a network, organisation, account or
# source are not public (aws:SourceIp only when it is not the whole internet).
restricting_condition_keys := {
	"aws:sourcevpc",
	"aws:sourcevpce",
	"aws:principalorgid",
	"aws:principalorgpaths",
	"aws:principalaccount",
	"aws:principalarn",
	"aws:sourceaccount",
	"aws:sourcearn",
	"aws:sourceorgid",
	"aws:sourceorgpaths",
	"aws:userid",
}

restricted(statement) if {
	some _, conditions in statement.Condition
	some key, _ in conditions
	lower(key) in restricting_condition_keys
}

restricted(statement) if {
	some _, conditions in statement.Condition
	some key, value in conditions
	lower(key) == "aws:sourceip"
	every cidr in lib.strings_of(value) {
		not cidr in {"0.0.0.0/0", "::/0"}
	}
}

# --- Google Cloud -------------------------------------------------------------

public_members := {"allUsers", "allAuthenticatedUsers"}

findings(rc) := {[
	sprintf("grants %s on the bucket to %s", [rc.change.after.role, rc.change.after.member]),
	"Grant the role to specific users, groups or service accounts instead.",
] |
	rc.change.after.member in public_members
} if rc.type == "google_storage_bucket_iam_member"

findings(rc) := {[
	sprintf("grants %s on the bucket to %s", [rc.change.after.role, member]),
	"Remove allUsers / allAuthenticatedUsers from members.",
] |
	some member in lib.strings_at(rc.change.after, "members")
	member in public_members
} if rc.type == "google_storage_bucket_iam_binding"

findings(rc) := {[
	sprintf("has an IAM policy that grants %s to %s", [binding.role, member]),
	"Remove allUsers / allAuthenticatedUsers from the policy's bindings.",
] |
	is_string(rc.change.after.policy_data)
	json.is_valid(rc.change.after.policy_data)
	some binding in lib.list_of(json.unmarshal(rc.change.after.policy_data).bindings)
	some member in lib.strings_at(binding, "members")
	member in public_members
} if rc.type == "google_storage_bucket_iam_policy"

findings(rc) := {[
	sprintf("grants %s access to %s", [rc.change.after.role, rc.change.after.entity]),
	"Grant access to specific users, groups or projects instead.",
] |
	rc.change.after.entity in public_members
} if rc.type in {"google_storage_bucket_access_control", "google_storage_default_object_access_control"}

# Unset (known only after apply) means the bucket inherits, so is not enforced.
findings(rc) := {[
	sprintf("does not enforce public access prevention (public_access_prevention is %s)", [prevention]),
	"Set public_access_prevention = \"enforced\", or set require_gcs_public_access_prevention to false to rely on the IAM checks alone.",
] |
	settings.require_gcs_public_access_prevention == true
	prevention := gcs_prevention(rc.change.after)
	prevention != "\"enforced\""
} if rc.type == "google_storage_bucket"

gcs_prevention(after) := sprintf("%q", [after.public_access_prevention]) if is_string(after.public_access_prevention)

else := "not set"

# --- Azure ------------------------------------------------------------------

findings(rc) := {[
	sprintf("allows public access to its containers and blobs (%s = true)", [key]),
	sprintf("Set %s = false; share data with SAS tokens, private endpoints or Entra ID roles instead.", [key]),
] |
	some key in ["allow_nested_items_to_be_public", "allow_blob_public_access"]
	rc.change.after[key] == true
} if rc.type == "azurerm_storage_account"

findings(rc) := {[
	sprintf("is readable by anyone (container_access_type = %q)", [rc.change.after.container_access_type]),
	"Set container_access_type = \"private\".",
] |
	lower(rc.change.after.container_access_type) in {"blob", "container"}
} if rc.type == "azurerm_storage_container"
