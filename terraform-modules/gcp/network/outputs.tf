output "network_id" {
  description = "ID of the VPC network."
  value       = google_compute_network.this.id
}

output "subnetwork_id" {
  description = "ID of the nodes' subnet."
  value       = google_compute_subnetwork.nodes.id
}

output "pods_range_name" {
  description = "Name of the pods' secondary range."
  value       = "pods"
}

output "services_range_name" {
  description = "Name of the services' secondary range."
  value       = "services"
}

output "gateway_public_ip" {
  description = "Static address of the cluster's gateway."
  value       = google_compute_address.gateway.address
}
