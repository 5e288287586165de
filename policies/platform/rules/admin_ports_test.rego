package platform.rules.admin_ports_test

import data.platform.fixtures.create
import data.platform.fixtures.delete
import data.platform.fixtures.hits
import data.platform.fixtures.no_op
import data.platform.fixtures.plan
import data.platform.fixtures.update
import data.platform.fixtures.with_unknown
import data.platform.rules.admin_ports.violations

sg(ingress) := create("aws_security_group", "web", {"name": "web", "ingress": ingress})

sg_ingress(protocol, from, to, cidrs, ipv6) := {
	"protocol": protocol, "from_port": from, "to_port": to,
	"cidr_blocks": cidrs, "ipv6_cidr_blocks": ipv6,
}

# --- aws_security_group -------------------------------------------------------

test_aws_sg_ssh_from_anywhere_is_denied if {
	some v in violations with input as plan([sg([sg_ingress("tcp", 22, 22, ["0.0.0.0/0"], [])])])
	v.rule == "public_admin_port"
	v.severity == "error"
	v.address == "aws_security_group.web"
	contains(v.message, "from 0.0.0.0/0 to admin port(s) 22.")
}

test_aws_sg_https_from_anywhere_passes if {
	count(violations) == 0 with input as plan([sg([sg_ingress("tcp", 443, 443, ["0.0.0.0/0"], ["::/0"])])])
}

test_aws_sg_ssh_from_private_range_passes if {
	count(violations) == 0 with input as plan([sg([sg_ingress("tcp", 22, 22, ["10.0.0.0/8"], [])])])
}

test_aws_sg_ipv6_anywhere_is_denied if {
	some v in violations with input as plan([sg([sg_ingress("tcp", 3389, 3389, [], ["::/0"])])])
	contains(v.message, "from ::/0 to admin port(s) 3389.")
}

test_aws_sg_port_range_including_admin_ports_is_denied if {
	some v in violations with input as plan([sg([sg_ingress("tcp", 3000, 6000, ["0.0.0.0/0"], [])])])
	contains(v.message, "admin port(s) 3306, 3389, 5432.")
}

test_aws_sg_port_range_without_admin_ports_passes if {
	count(violations) == 0 with input as plan([sg([sg_ingress("tcp", 8000, 9000, ["0.0.0.0/0"], [])])])
}

test_aws_sg_all_protocols_is_denied if {
	some v in violations with input as plan([sg([sg_ingress("-1", 0, 0, ["0.0.0.0/0"], [])])])
	contains(v.message, "22, 1433, 3306, 3389, 5432, 6443, 9200, 27017")
}

test_aws_sg_icmp_is_ignored if {
	# for ICMP, from_port/to_port are the ICMP type and code
	count(violations) == 0 with input as plan([sg([sg_ingress("icmp", 0, 65535, ["0.0.0.0/0"], [])])])
}

test_aws_sg_one_violation_lists_every_rule if {
	vs := violations with input as plan([sg([
		sg_ingress("tcp", 22, 22, ["0.0.0.0/0"], []),
		sg_ingress("tcp", 6443, 6443, [], ["::/0"]),
	])])
	count(vs) == 1
	some v in vs
	contains(v.message, "from 0.0.0.0/0, ::/0 to admin port(s) 22, 6443.")
}

test_aws_sg_sensitive_cidrs_are_not_judged if {
	count(violations) == 0 with input as plan([sg([sg_ingress("tcp", 22, 22, "(sensitive)", [])])])
}

test_update_is_checked_and_delete_no_op_ignored if {
	rule := sg_ingress("tcp", 22, 22, ["0.0.0.0/0"], [])
	count(violations) == 1 with input as plan([update("aws_security_group", "a", {"ingress": [rule]})])
	count(violations) == 0 with input as plan([
		delete("aws_security_group", "b"),
		no_op("aws_security_group", "c", {"ingress": [rule]}),
	])
}

# --- aws_security_group_rule ----------------------------------------------------

sg_rule(type, from, to, cidrs) := create("aws_security_group_rule", "r", {
	"type": type, "protocol": "tcp", "from_port": from, "to_port": to,
	"cidr_blocks": cidrs, "ipv6_cidr_blocks": null,
})

test_aws_sg_rule_ingress_is_denied if {
	hits(violations) == {["public_admin_port", "aws_security_group_rule.r"]} with input as plan([sg_rule("ingress", 5432, 5432, ["0.0.0.0/0"])])
}

test_aws_sg_rule_egress_passes if {
	count(violations) == 0 with input as plan([sg_rule("egress", 0, 65535, ["0.0.0.0/0"])])
}

test_aws_sg_rule_restricted_source_passes if {
	count(violations) == 0 with input as plan([sg_rule("ingress", 22, 22, ["192.0.2.10/32"])])
}

test_aws_sg_rule_ipv6_is_denied if {
	rc := create("aws_security_group_rule", "r", {
		"type": "ingress", "protocol": "6", "from_port": 27017, "to_port": 27017,
		"ipv6_cidr_blocks": ["::/0"],
	})
	count(violations) == 1 with input as plan([rc])
}

# --- aws_vpc_security_group_ingress_rule ----------------------------------------

vpc_rule(after) := create("aws_vpc_security_group_ingress_rule", "r", after)

test_aws_vpc_ingress_rule_ipv4_is_denied if {
	rc := vpc_rule({"ip_protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_ipv4": "0.0.0.0/0", "cidr_ipv6": null})
	hits(violations) == {["public_admin_port", "aws_vpc_security_group_ingress_rule.r"]} with input as plan([rc])
}

test_aws_vpc_ingress_rule_ipv6_is_denied if {
	rc := vpc_rule({"ip_protocol": "tcp", "from_port": 9200, "to_port": 9300, "cidr_ipv4": null, "cidr_ipv6": "::/0"})
	some v in violations with input as plan([rc])
	contains(v.message, "from ::/0 to admin port(s) 9200.")
}

test_aws_vpc_ingress_rule_all_protocols_is_denied if {
	rc := vpc_rule({"ip_protocol": "-1", "from_port": null, "to_port": null, "cidr_ipv4": "0.0.0.0/0"})
	count(violations) == 1 with input as plan([rc])
}

test_aws_vpc_ingress_rule_restricted_source_passes if {
	rc := vpc_rule({"ip_protocol": "-1", "from_port": null, "to_port": null, "cidr_ipv4": "10.0.0.0/16"})
	count(violations) == 0 with input as plan([rc])
}

test_aws_vpc_ingress_rule_other_port_passes if {
	rc := vpc_rule({"ip_protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_ipv4": "0.0.0.0/0"})
	count(violations) == 0 with input as plan([rc])
}

# --- Azure ------------------------------------------------------------------

nsg_rule(overrides) := object.union(
	{
		"name": "r", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
		"source_port_range": "*", "source_address_prefix": "*", "source_address_prefixes": [],
		"destination_port_range": "22", "destination_port_ranges": [], "destination_address_prefix": "*",
	},
	overrides,
)

azure_rule(overrides) := create("azurerm_network_security_rule", "r", nsg_rule(overrides))

test_azure_rule_ssh_from_any_is_denied if {
	hits(violations) == {["public_admin_port", "azurerm_network_security_rule.r"]} with input as plan([azure_rule({})])
}

test_azure_rule_sources_meaning_anywhere_are_denied if {
	every source in ["*", "0.0.0.0/0", "Internet", "Any", "::/0"] {
		count(violations) == 1 with input as plan([azure_rule({"source_address_prefix": source})])
	}
}

test_azure_rule_source_prefixes_list_is_denied if {
	rc := azure_rule({"source_address_prefix": null, "source_address_prefixes": ["10.0.0.0/8", "Internet"]})
	count(violations) == 1 with input as plan([rc])
}

test_azure_rule_port_range_is_denied if {
	some v in violations with input as plan([azure_rule({"destination_port_range": "3300-3400"})])
	contains(v.message, "admin port(s) 3306, 3389.")
}

test_azure_rule_any_port_is_denied if {
	count(violations) == 1 with input as plan([azure_rule({"destination_port_range": "*", "protocol": "*"})])
}

test_azure_rule_port_ranges_list_is_denied if {
	rc := azure_rule({"destination_port_range": null, "destination_port_ranges": ["80", "443", "1433"]})
	some v in violations with input as plan([rc])
	contains(v.message, "admin port(s) 1433.")
}

test_azure_rule_passes_when_deny_outbound_internal_other_port_or_icmp if {
	count(violations) == 0 with input as plan([azure_rule({"access": "Deny"})])
	count(violations) == 0 with input as plan([azure_rule({"direction": "Outbound"})])
	count(violations) == 0 with input as plan([azure_rule({"source_address_prefix": "VirtualNetwork"})])
	count(violations) == 0 with input as plan([azure_rule({"source_address_prefix": "10.1.0.0/16"})])
	count(violations) == 0 with input as plan([azure_rule({"destination_port_range": "443"})])
	count(violations) == 0 with input as plan([azure_rule({"destination_port_range": "*", "protocol": "Icmp"})])
}

test_azure_nsg_inline_rule_is_denied if {
	rc := create("azurerm_network_security_group", "nsg", {"name": "nsg", "security_rule": [
		nsg_rule({"name": "https", "destination_port_range": "443"}),
		nsg_rule({"name": "rdp", "destination_port_range": "3389", "source_address_prefix": "Internet"}),
	]})
	some v in violations with input as plan([rc])
	v.address == "azurerm_network_security_group.nsg"
	contains(v.message, "from Internet to admin port(s) 3389.")
}

test_azure_nsg_inline_rules_restricted_pass if {
	rc := create("azurerm_network_security_group", "nsg", {"security_rule": [nsg_rule({"source_address_prefix": "10.0.0.0/8"})]})
	count(violations) == 0 with input as plan([rc])
}

# --- Google Cloud -------------------------------------------------------------

firewall(overrides) := create("google_compute_firewall", "fw", object.union(
	{
		"name": "fw", "direction": "INGRESS", "disabled": false,
		"source_ranges": ["0.0.0.0/0"], "source_tags": null, "source_service_accounts": null,
		"allow": [{"protocol": "tcp", "ports": ["22"]}], "deny": [],
	},
	overrides,
))

test_gcp_firewall_ssh_from_anywhere_is_denied if {
	hits(violations) == {["public_admin_port", "google_compute_firewall.fw"]} with input as plan([firewall({})])
}

test_gcp_firewall_port_range_is_denied if {
	some v in violations with input as plan([firewall({"allow": [{"protocol": "tcp", "ports": ["80", "6000-7000"]}]})])
	contains(v.message, "admin port(s) 6443.")
}

test_gcp_firewall_no_ports_means_all_ports if {
	some v in violations with input as plan([firewall({"allow": [{"protocol": "tcp", "ports": []}]})])
	contains(v.message, "22, 1433, 3306")
}

test_gcp_firewall_all_protocols_is_denied if {
	count(violations) == 1 with input as plan([firewall({"allow": [{"protocol": "all"}]})])
}

test_gcp_firewall_ipv6_is_denied if {
	some v in violations with input as plan([firewall({"source_ranges": ["::/0"]})])
	contains(v.message, "from ::/0")
}

test_gcp_firewall_without_any_source_is_denied if {
	some v in violations with input as plan([firewall({"source_ranges": null})])
	contains(v.message, "no source given")
}

test_gcp_firewall_passes_when_restricted if {
	count(violations) == 0 with input as plan([firewall({"source_ranges": ["35.235.240.0/20"]})])
	count(violations) == 0 with input as plan([firewall({"source_ranges": null, "source_tags": ["bastion"]})])
	count(violations) == 0 with input as plan([firewall({"direction": "EGRESS"})])
	count(violations) == 0 with input as plan([firewall({"disabled": true})])
	count(violations) == 0 with input as plan([firewall({"allow": [{"protocol": "tcp", "ports": ["443", "8000-9000"]}]})])
	count(violations) == 0 with input as plan([firewall({"allow": [{"protocol": "icmp"}]})])
}

test_gcp_firewall_unknown_source_ranges_are_not_judged if {
	rc := with_unknown(create("google_compute_firewall", "fw", {"direction": "INGRESS", "allow": [{"protocol": "tcp", "ports": ["22"]}]}), {"source_ranges": true})
	count(violations) == 0 with input as plan([rc])
}

# --- settings -----------------------------------------------------------------

test_admin_ports_override if {
	changes := plan([sg([sg_ingress("tcp", 22, 22, ["0.0.0.0/0"], []), sg_ingress("tcp", 8080, 8080, ["0.0.0.0/0"], [])])])
	some v in violations with input as changes with data.platform.admin_ports as [8080]
	contains(v.message, "admin port(s) 8080.")
	count(violations) == 0 with input as changes with data.platform.admin_ports as [2222]
}
