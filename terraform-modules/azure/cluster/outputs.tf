output "name" {
  description = "Name of the cluster: the kubectl context 'az aks get-credentials' writes."
  value       = azurerm_kubernetes_cluster.this.name
}

output "oidc_issuer_url" {
  description = "Issuer of the cluster's service account tokens."
  value       = azurerm_kubernetes_cluster.this.oidc_issuer_url
}

output "node_pools" {
  description = "The default node pool by name: VM size and autoscaling bounds."
  value = {
    (var.node_pool.name) = {
      machine_type = var.node_pool.machine_type
      min_size     = var.node_pool.min_size
      max_size     = var.node_pool.max_size
    }
  }
}
