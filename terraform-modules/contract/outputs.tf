# Each input, returned as it came in: the types of variables.tf are the contract's types.

output "cluster_name" {
  description = "Name of the cluster."
  value       = var.cluster_name
}

output "cluster_type" {
  description = "aws, azure, gcp or local."
  value       = var.cluster_type
}

output "kube_context" {
  description = "kubectl context that reaches the cluster."
  value       = var.kube_context
}

output "cluster_gateway_public_address" {
  description = "Public address of the cluster's shared gateway."
  value       = var.cluster_gateway_public_address
}

output "env_gateway_public_addresses" {
  description = "Public gateway address of each environment."
  value       = var.env_gateway_public_addresses
}

output "dns_challenge_identities" {
  description = "Identity each DNS-01 solver runs as, one per consumer."
  value       = var.dns_challenge_identities
}

output "secrets_source_uri" {
  description = "Where workloads read their secrets from."
  value       = var.secrets_source_uri
}

output "workload_identities" {
  description = "Identity each app's workload runs as, by app."
  value       = var.workload_identities
}

output "node_pools" {
  description = "Node pools of the cluster by name: machine type and autoscaling bounds."
  value       = var.node_pools
}

output "ingress_class" {
  description = "Ingress class the cluster's gateway serves."
  value       = var.ingress_class
}

output "dns_zone" {
  description = "DNS zone the cluster's hosts are published in: its name, domain and name servers."
  value       = var.dns_zone
}

output "registry_endpoint" {
  description = "Container registry endpoint the cluster pulls images from."
  value       = var.registry_endpoint
}
