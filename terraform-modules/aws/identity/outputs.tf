output "dns_challenge_identities" {
  description = "Role each DNS-01 solver runs as, by consumer."
  value       = { for consumer in keys(var.dns_solvers) : consumer => { aws_role_arn = aws_iam_role.this["dns01-${consumer}"].arn } }
}

output "workload_identities" {
  description = "Role each app's workload runs as, by app."
  value       = { for app in keys(var.workloads) : app => { aws_role_arn = aws_iam_role.this["app-${app}"].arn } }
}
