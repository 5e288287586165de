output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "private_subnet_ids" {
  description = "IDs of the private subnets, one per zone: where the nodes run."
  value       = [for zone in var.availability_zones : aws_subnet.private[zone].id]
}

output "public_subnet_ids" {
  description = "IDs of the public subnets, one per zone: where the gateway's load balancer runs."
  value       = [for zone in var.availability_zones : aws_subnet.public[zone].id]
}

output "gateway_public_ip" {
  description = "Elastic IP of the cluster's gateway."
  value       = aws_eip.gateway.public_ip
}

output "gateway_allocation_id" {
  description = "Allocation ID of the gateway's Elastic IP, for the load balancer's annotation."
  value       = aws_eip.gateway.allocation_id
}
