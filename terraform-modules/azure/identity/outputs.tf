output "dns_challenge_identities" {
  description = "Managed identity each DNS-01 solver runs as, by consumer."
  value       = { for consumer in keys(var.dns_solvers) : consumer => { azure_client_id = azurerm_user_assigned_identity.this["dns01-${consumer}"].client_id } }
}

output "workload_identities" {
  description = "Managed identity each app's workload runs as, by app."
  value       = { for app in keys(var.workloads) : app => { azure_client_id = azurerm_user_assigned_identity.this["app-${app}"].client_id } }
}
