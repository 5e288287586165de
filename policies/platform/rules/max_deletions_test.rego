package platform.rules.max_deletions_test

import data.platform.fixtures.create
import data.platform.fixtures.delete
import data.platform.fixtures.no_op
import data.platform.fixtures.plan
import data.platform.fixtures.read
import data.platform.fixtures.replace
import data.platform.fixtures.replace_cbd
import data.platform.fixtures.resource
import data.platform.rules.max_deletions.violations

deletes(n) := [delete("aws_instance", sprintf("i%02d", [i])) | some i in numbers.range(1, n)]

test_ten_deletions_pass_by_default if {
	count(violations) == 0 with input as plan(deletes(10))
}

test_eleven_deletions_are_denied_by_default if {
	some v in violations with input as plan(deletes(11))
	v.rule == "too_many_deletions"
	v.severity == "error"
	v.address == "plan"
	contains(v.message, "would delete or replace 11 resources, more than the 10 allowed: aws_instance.i01, aws_instance.i02")
	contains(v.message, "max_deletions")
}

test_replaces_count_as_deletions if {
	changes := array.concat(deletes(9), [
		replace("aws_instance", "r1", {}),
		replace_cbd("aws_instance", "r2", {}),
	])
	count(violations) == 1 with input as plan(changes)
}

test_creates_updates_no_ops_and_reads_do_not_count if {
	changes := array.concat(deletes(10), [
		create("aws_instance", "c", {}),
		resource("aws_instance", "u", ["update"], {}, {}),
		no_op("aws_instance", "n", {}),
		read("aws_ami", "r"),
	])
	count(violations) == 0 with input as plan(changes)
}

test_data_mode_entries_do_not_count if {
	data_deletes := [object.union(rc, {"mode": "data"}) | some rc in deletes(11)]
	count(violations) == 0 with input as plan(data_deletes)
}

test_deposed_objects_count_separately if {
	rc := delete("aws_instance", "i01")
	changes := [rc, object.union(rc, {"deposed": "0001"}), object.union(rc, {"deposed": "0002"})]
	some v in violations with input as plan(changes) with data.platform.max_deletions as 2
	contains(v.message, "3 resources, more than the 2 allowed: aws_instance.i01.")
}

test_max_deletions_override if {
	count(violations) == 1 with input as plan(deletes(3)) with data.platform.max_deletions as 2
	count(violations) == 0 with input as plan(deletes(11)) with data.platform.max_deletions as 50
}

test_zero_allows_no_deletion if {
	some v in violations with input as plan(deletes(1)) with data.platform.max_deletions as 0
	contains(v.message, "1 resource, more than the 0 allowed")
}

test_message_lists_at_most_twenty_addresses if {
	some v in violations with input as plan(deletes(25))
	contains(v.message, "aws_instance.i20 and 5 more.")
	not contains(v.message, "aws_instance.i21")
}
