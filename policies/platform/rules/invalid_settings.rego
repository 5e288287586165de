# METADATA
# title: invalid_setting
# description: |
#   Deny when a setting in data.platform (or the shipped defaults) has the
#   wrong type: the rules fall back to the default for it, so the run fails
#   until the data is fixed rather than silently checking something else.
package platform.rules.invalid_settings

import data.platform.settings

violations contains {
	"rule": "invalid_setting",
	"severity": "error",
	"address": sprintf("%s.%s", [problem.source, problem.key]),
	"message": sprintf(
		"The setting %s.%s is %s, but it must be %s; the default value is used instead until it is fixed. Correct the value in the policy data file.",
		[problem.source, problem.key, json.marshal(problem.value), problem.expected],
	),
} if {
	some problem in settings.invalid
}
