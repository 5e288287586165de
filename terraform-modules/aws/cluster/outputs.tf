output "name" {
  description = "Name of the cluster."
  value       = aws_eks_cluster.this.name
}

output "arn" {
  description = "ARN of the cluster: the kubectl context 'aws eks update-kubeconfig' writes."
  value       = aws_eks_cluster.this.arn
}

output "oidc_provider_arn" {
  description = "ARN of the cluster's IAM OIDC provider, the principal of service account roles."
  value       = aws_iam_openid_connect_provider.this.arn
}

output "oidc_issuer" {
  description = "Issuer of the cluster's service account tokens, without https://."
  value       = trimprefix(aws_eks_cluster.this.identity[0].oidc[0].issuer, "https://")
}

output "node_pools" {
  description = "The node group by name: instance type and autoscaling bounds."
  value = {
    (var.node_pool.name) = {
      machine_type = var.node_pool.machine_type
      min_size     = var.node_pool.min_size
      max_size     = var.node_pool.max_size
    }
  }
}
