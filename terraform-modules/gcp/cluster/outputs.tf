output "name" {
  description = "Name of the cluster."
  value       = google_container_cluster.this.name
}

output "kube_context" {
  description = "The kubectl context 'gcloud container clusters get-credentials' writes."
  value       = "gke_${var.project_id}_${var.region}_${google_container_cluster.this.name}"
}

output "workload_pool" {
  description = "Workload identity pool of the cluster."
  value       = "${var.project_id}.svc.id.goog"
}

output "node_pools" {
  description = "The node pool by name: machine type and autoscaling bounds (per zone)."
  value = {
    (var.node_pool.name) = {
      machine_type = var.node_pool.machine_type
      min_size     = var.node_pool.min_size
      max_size     = var.node_pool.max_size
    }
  }
}
