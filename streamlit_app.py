"""attnviz's page: `streamlit run streamlit_app.py` (also the entry point on Streamlit Community Cloud)."""

from attnviz.app.main import main

main()
