# METADATA
# title: Platform plan policy
# description: |
#   Entry point: every violation from every package under platform.rules,
#   and the verdict. Evaluate data.platform.policy.violations or
#   data.platform.policy.result. A custom rule joins by declaring a package
#   under platform.rules with `violations contains {...}` objects of the same
#   shape (rule, severity, address, message).
package platform.policy

# Set of {"rule", "severity" ("error" | "warning"), "address", "message"}.
violations contains v if {
	some name
	some v in data.platform.rules[name].violations
}

errors := {v | some v in violations; v.severity == "error"}

warnings := {v | some v in violations; v.severity == "warning"}

# "passed" when no violation has severity "error", otherwise "failed".
default result := "passed"

result := "failed" if count(errors) > 0

summary := {
	"result": result,
	"errors": count(errors),
	"warnings": count(warnings),
}
