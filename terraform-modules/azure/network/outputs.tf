output "vnet_id" {
  description = "ID of the virtual network."
  value       = azurerm_virtual_network.this.id
}

output "nodes_subnet_id" {
  description = "ID of the nodes' subnet."
  value       = azurerm_subnet.nodes.id
}

output "gateway_public_ip" {
  description = "Static public IP of the cluster's gateway."
  value       = azurerm_public_ip.gateway.ip_address
}
