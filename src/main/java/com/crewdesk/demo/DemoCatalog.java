package com.crewdesk.demo;

import java.util.List;
import java.util.Random;

/** Word lists that make demo rows look like a real roofing or plumbing company's. */
record DemoCatalog(List<String> jobTitles, List<String> descriptions, List<String> cities, String state,
		String zipPrefix, double latitude, double longitude) {

	static final List<String> FIRST_NAMES = List.of("James", "Mary", "Robert", "Patricia", "John", "Jennifer",
			"Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
			"Thomas", "Sarah", "Carlos", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark",
			"Sandra", "Ana", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
			"Kenji", "Fatima");

	static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
			"Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
			"Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
			"Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
			"Hill", "Flores");

	static final List<String> STREETS = List.of("Maple Ave", "Oak St", "Pine St", "Cedar Ln", "Elm St",
			"Washington Blvd", "Lakeview Dr", "Hillside Rd", "Sunset Blvd", "Park Ave", "Aspen Way", "Willow Ct",
			"Meadow Ln", "Ridge Rd", "Canyon Dr", "Birch St", "Spruce St", "Main St", "2nd Ave", "Highland Ave");

	static final List<String> BUSINESSES = List.of("Summit Property Mgmt", "Front Range Apartments",
			"Mile High Offices", "Peak Storage", "Riverside Church", "Foothills School District", "Alpine Dental",
			"Cherry Creek Retail", "Union Station Lofts", "Granite Holdings");

	static DemoCatalog roofing() {
		return new DemoCatalog(List.of("Roof leak repair", "Shingle replacement", "Full roof replacement",
				"Gutter cleaning and repair", "Storm damage inspection", "Hail damage assessment", "Flat roof coating",
				"Skylight flashing repair", "Chimney flashing", "Attic ventilation upgrade", "Metal roof installation",
				"Emergency tarp", "Annual roof maintenance", "Ice dam removal", "Fascia and soffit repair",
				"Insurance re-inspection"),
				List.of("Customer reports water stains on the ceiling after the last storm.",
						"Replace missing and curled shingles on the north slope.",
						"Tear off two layers, install synthetic underlayment and architectural shingles.",
						"Gutters overflowing at the downspouts; check hangers.",
						"Adjuster meeting requested; bring ladder and camera.",
						"Commercial TPO membrane showing seams lifting near the HVAC curb.",
						"Skylight leaking at the upper corner during heavy rain."),
				List.of("Denver", "Aurora", "Lakewood", "Boulder", "Littleton", "Arvada", "Westminster", "Englewood",
						"Golden", "Centennial"),
				"CO", "80", 39.7392, -104.9903);
	}

	static DemoCatalog plumbing() {
		return new DemoCatalog(
				List.of("Water heater replacement", "Drain cleaning", "Leaking faucet repair",
						"Sewer line camera inspection", "Toilet replacement", "Burst pipe repair", "Sump pump install",
						"Garbage disposal replacement", "Backflow test"),
				List.of("Kitchen sink draining slowly.", "No hot water since this morning.",
						"Water in the basement near the floor drain.", "Annual backflow certification due."),
				List.of("Austin", "Round Rock", "Cedar Park", "Pflugerville", "Georgetown"), "TX", "78", 30.2672,
				-97.7431);
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
